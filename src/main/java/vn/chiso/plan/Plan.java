package vn.chiso.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as issued, as it is written: its number, date, issuer, title, period, indices, the plan it implements, its
 * legal basis and its purposes and requirements.
 *
 * @param purpose Part I of the document: its purposes and requirements ("Mục đích, yêu cầu")
 */
record Plan(String number, LocalDate issueDate, String issuer, String title, int firstYear, int lastYear,
        List<String> indexCodes, Long parentId, String legalBasis, String purpose, PlanStatus status) {

    static Plan of(PlanForm form) {
        return new Plan(form.number().strip(), form.issueDate(), form.issuer().strip(), form.title().strip(),
                form.firstYear(), form.lastYear(), form.indexCodes().stream().distinct().toList(), form.parentId(),
                blankToNull(form.legalBasis()), blankToNull(form.purpose()), form.status());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
