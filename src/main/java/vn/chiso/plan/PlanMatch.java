package vn.chiso.plan;

/** A plan the search box found. */
public record PlanMatch(long id, String number, String title, PlanStatus status, int firstYear, int lastYear) {

    /** "2023" or "2022–2030". */
    public String period() {
        return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
    }
}
