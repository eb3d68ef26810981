package vn.chiso.assessment.criteria;

/**
 * Starting a year from an existing set: its whole tree and its waivers, for the same kind of unit. The fields are
 * named apart from the empty set's form, which shares their page.
 */
public record CriteriaCopyForm(Long sourceId, Integer targetYear, String newName) {

    public static CriteriaCopyForm empty(int year) {
        return new CriteriaCopyForm(null, year, "");
    }
}
