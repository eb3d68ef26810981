package vn.chiso.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or change a unit. */
public record UnitForm(
        @NotBlank(message = "{unit.code.required}")
        @Size(max = 30, message = "{unit.code.size}")
        @Pattern(regexp = "^[A-Za-z0-9_.-]*$", message = "{unit.code.pattern}")
        String code,
        @NotBlank(message = "{unit.name.required}")
        @Size(max = 255, message = "{unit.name.size}")
        String name,
        @NotBlank(message = "{unit.shortName.required}")
        @Size(max = 100, message = "{unit.shortName.size}")
        String shortName,
        @NotNull(message = "{unit.kind.required}")
        UnitKind kind,
        Long parentId) {

    static UnitForm empty() {
        return new UnitForm("", "", "", null, null);
    }

    static UnitForm of(UnitView unit) {
        return new UnitForm(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.parentId());
    }
}
