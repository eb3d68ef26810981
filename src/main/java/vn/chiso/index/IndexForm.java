package vn.chiso.index;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator may change on an index. Groups are typed one per line, best first, in both languages; the two
 * lists have the same length.
 */
public record IndexForm(
        @NotBlank(message = "{indicator.nameVi.required}")
        @Size(max = 255, message = "{indicator.name.size}")
        String nameVi,
        @NotBlank(message = "{indicator.nameEn.required}")
        @Size(max = 255, message = "{indicator.name.size}")
        String nameEn,
        @NotBlank(message = "{index.publisher.required}")
        @Size(max = 255, message = "{index.publisher.size}")
        String publisher,
        @NotNull(message = "{index.measure.required}")
        Measure measure,
        Boolean higherIsBetter,
        String groupsVi,
        String groupsEn) {

    public static IndexForm of(IndexView index) {
        return new IndexForm(index.nameVi(), index.nameEn(), index.publisher(), index.measure(),
                index.higherIsBetter(), lines(index, true), lines(index, false));
    }

    private static String lines(IndexView index, boolean vietnamese) {
        return String.join("\n", index.groups().stream()
                .map(group -> vietnamese ? group.nameVi() : group.nameEn()).toList());
    }
}
