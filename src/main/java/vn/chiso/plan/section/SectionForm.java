package vn.chiso.plan.section;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A heading or paragraph of a plan as a coordinator types it from the document: its number as the document gives it
 * ({@code II.1}, {@code III.2}), a heading, a text, or both.
 *
 * @param version the version the form was opened with: a save over a newer version is refused
 */
public record SectionForm(
        @NotBlank(message = "{task.section.required}")
        @Size(max = 30, message = "{task.section.size}")
        @Pattern(regexp = "^[\\p{L}\\p{N}.\\-]*$", message = "{task.section.pattern}")
        String number,
        @Size(max = 500, message = "{section.heading.size}")
        String heading,
        @Size(max = 5000, message = "{section.body.size}")
        String body,
        Integer version) {

    public static SectionForm empty() {
        return new SectionForm("", "", "", null);
    }

    public static SectionForm of(SectionView section) {
        return new SectionForm(section.number(), section.heading(), section.body(), section.version());
    }
}
