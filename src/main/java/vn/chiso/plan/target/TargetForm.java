package vn.chiso.plan.target;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A target as a coordinator types it: a value as text ("45,00", "16", "1") read according to the kind, or a group
 * for the kinds about groups; the last year is empty for a single year.
 */
public record TargetForm(
        @NotNull(message = "{target.indicator.required}")
        Long indicatorId,
        @NotNull(message = "{target.kind.required}")
        TargetKind kind,
        @Size(max = 30, message = "{target.value.notNumber}")
        String value,
        Integer group,
        @Min(value = 1, message = "{target.childCount.min}")
        Integer childCount,
        @NotNull(message = "{target.year.required}")
        @Min(value = 2000, message = "{plan.year.range}")
        @Max(value = 2100, message = "{plan.year.range}")
        Integer firstYear,
        @Min(value = 2000, message = "{plan.year.range}")
        @Max(value = 2100, message = "{plan.year.range}")
        Integer lastYear,
        @Size(max = 500, message = "{target.wording.size}")
        String wording,
        Integer version) {

    public static TargetForm empty(int year) {
        return new TargetForm(null, TargetKind.SCORE_AT_LEAST, "", null, null, year, null, "", null);
    }
}
