package vn.chiso.index;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator types to add or change an indicator. The code is used only when adding one; the parent, when
 * adding, must belong to the same index.
 */
public record IndicatorForm(
        @Size(max = 40, message = "{indicator.code.size}")
        @Pattern(regexp = "^[A-Za-z0-9_.]*$", message = "{indicator.code.pattern}")
        String code,
        Long parentId,
        @NotBlank(message = "{indicator.nameVi.required}")
        @Size(max = 255, message = "{indicator.name.size}")
        String nameVi,
        @NotBlank(message = "{indicator.nameEn.required}")
        @Size(max = 255, message = "{indicator.name.size}")
        String nameEn,
        @NotNull(message = "{indicator.scale.required}")
        BigDecimal scaleMin,
        @NotNull(message = "{indicator.scale.required}")
        BigDecimal scaleMax,
        @DecimalMin(value = "0", message = "{indicator.weight.min}")
        BigDecimal weight,
        Long leadUnitId,
        @PositiveOrZero(message = "{indicator.position.min}")
        Integer position) {

    public static IndicatorForm childOf(IndicatorView parent, int position) {
        return new IndicatorForm(parent.code() + ".", parent.id(), "", "", parent.scaleMin(), parent.scaleMax(), null,
                null, position);
    }

    public static IndicatorForm of(IndicatorView indicator) {
        return new IndicatorForm(indicator.code(), indicator.parentId(), indicator.nameVi(), indicator.nameEn(),
                indicator.scaleMin(), indicator.scaleMax(), indicator.weight(), indicator.leadUnitId(),
                indicator.position());
    }
}
