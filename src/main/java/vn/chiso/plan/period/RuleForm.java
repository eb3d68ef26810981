package vn.chiso.plan.period;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reporting rule as a coordinator types it: "report by 29/9/2023", or "six-monthly report by 15/6 every year",
 * or "yearly report by 15/1 of the following year" (year offset 1).
 */
public record RuleForm(
        @NotNull(message = "{period.kind.required}")
        RuleKind kind,
        @NotBlank(message = "{period.label.required}")
        @Size(max = 200, message = "{period.label.size}")
        String label,
        LocalDate onDate,
        @Min(value = 1, message = "{period.day.range}")
        @Max(value = 31, message = "{period.day.range}")
        Integer day,
        @Min(value = 1, message = "{period.month.range}")
        @Max(value = 12, message = "{period.month.range}")
        Integer month,
        Boolean followingYear) {

    public boolean dueTheFollowingYear() {
        return Boolean.TRUE.equals(followingYear);
    }

    public static RuleForm empty() {
        return new RuleForm(RuleKind.ONE_OFF, "", null, null, null, false);
    }
}
