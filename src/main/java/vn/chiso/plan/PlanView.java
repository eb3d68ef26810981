package vn.chiso.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * A plan as pages and other modules read it.
 *
 * @param purpose Part I of the document, its purposes and requirements, or null
 */
public record PlanView(long id, String number, LocalDate issueDate, String issuer, String title, int firstYear,
        int lastYear, Set<String> indexCodes, Long parentId, String parentNumber, String legalBasis, String purpose,
        PlanStatus status, int version) {

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public boolean covers(LocalDate date) {
        return date != null && covers(date.getYear());
    }

    /** "2023" or "2022–2030". */
    public String period() {
        return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
    }
}
