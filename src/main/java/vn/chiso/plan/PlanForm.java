package vn.chiso.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A plan as a coordinator types it from the document.
 *
 * @param version the version the form was opened with: a save over a newer version is refused
 */
public record PlanForm(
        @NotBlank(message = "{plan.number.required}")
        @Size(max = 50, message = "{plan.number.size}")
        String number,
        @NotNull(message = "{plan.issueDate.required}")
        LocalDate issueDate,
        @NotBlank(message = "{plan.issuer.required}")
        @Size(max = 255, message = "{plan.issuer.size}")
        String issuer,
        @NotBlank(message = "{plan.title.required}")
        @Size(max = 500, message = "{plan.title.size}")
        String title,
        @NotNull(message = "{plan.year.required}")
        @Min(value = 2000, message = "{plan.year.range}")
        @Max(value = 2100, message = "{plan.year.range}")
        Integer firstYear,
        @NotNull(message = "{plan.year.required}")
        @Min(value = 2000, message = "{plan.year.range}")
        @Max(value = 2100, message = "{plan.year.range}")
        Integer lastYear,
        @NotEmpty(message = "{plan.indices.required}")
        List<String> indexCodes,
        Long parentId,
        @Size(max = 5000, message = "{plan.legalBasis.size}")
        String legalBasis,
        @Size(max = 20000, message = "{plan.purpose.size}")
        String purpose,
        @NotNull(message = "{plan.status.required}")
        PlanStatus status,
        Integer version) {

    public static PlanForm empty(int year) {
        return new PlanForm("", null, "", "", year, year, List.of(), null, "", "", PlanStatus.DRAFT,
                null);
    }

    public static PlanForm of(PlanView plan) {
        return new PlanForm(plan.number(), plan.issueDate(), plan.issuer(), plan.title(), plan.firstYear(),
                plan.lastYear(), List.copyOf(plan.indexCodes()), plan.parentId(), plan.legalBasis(), plan.purpose(),
                plan.status(), plan.version());
    }
}
