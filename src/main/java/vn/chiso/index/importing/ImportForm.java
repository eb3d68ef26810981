package vn.chiso.index.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The year a results file is for, and what the file itself does not say: how many provinces were ranked (when
 * only part of the ranking is published) and where the figures come from.
 */
public record ImportForm(
        @NotNull(message = "{import.year.required}")
        @Min(value = 1990, message = "{import.year.range}")
        @Max(value = 2100, message = "{import.year.range}")
        Integer year,
        @Positive(message = "{import.rankedCount.positive}")
        Integer rankedCount,
        @Size(max = 500, message = "{import.sourceNote.size}")
        String sourceNote) {
}
