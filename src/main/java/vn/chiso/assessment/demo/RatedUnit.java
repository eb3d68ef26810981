package vn.chiso.assessment.demo;

import java.util.List;

import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;

/**
 * A unit the demo rates, with what stays true of it from year to year.
 *
 * @param outside     a central agency or public service unit: waived from the province's regulations criterion
 * @param appraiser   who appraises it: Sở Nội vụ for provincial bodies and districts, the district for its communes
 * @param quality     how well it does, on a normal scale; the ratings follow it, with some change every year
 * @param overScoring how readily it claims points the appraisal will not give it, 0 to 1
 */
record RatedUnit(UnitView unit, boolean outside, String appraiser, double quality, double overScoring) {

    /** The criteria codes waived for the unit. */
    List<String> waived() {
        return outside ? List.of(DemoCriteria.REGULATIONS) : List.of();
    }

    /** How the unit's documents are numbered: "45/KH-SNV" for a department, "45/KH-UBND" for a People's Committee. */
    String issuer() {
        return unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.OTHER_PROVINCIAL ? unit.code() : "UBND";
    }
}
