package vn.chiso.assessment.ranking;

import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.unit.UnitKind;

/** A set of one year and kind with a single scored criterion: a unit's total is its appraised score + survey. */
record OneCriterion(AssessmentFixtures fixtures, AssessmentFixtures.SetBuilder set, long criterion) {

    static OneCriterion of(AssessmentFixtures fixtures, int year, AssessedKind kind, String max, String survey) {
        AssessmentFixtures.SetBuilder set = fixtures.set(year, kind, survey);
        long field = set.node(null, "1", "Lĩnh vực");
        return new OneCriterion(fixtures, set, set.scored(field, "1.1", "Tiêu chí duy nhất", max));
    }

    /** A new unit of the kind with a final assessment: its own score is the appraised one. */
    long finalUnit(TestData data, String appraised, String survey) {
        return unit(data, appraised, appraised, survey, AssessmentStatus.FINAL);
    }

    long finalUnit(long unitId, String appraised, String survey) {
        fixtures.assessment(set, unitId).score(criterion, appraised, appraised).survey(survey)
                .status(AssessmentStatus.FINAL);
        return unitId;
    }

    long unit(TestData data, String self, String appraised, String survey, AssessmentStatus status) {
        long unitId = data.unit(unitKind(set.kind())).id();
        AssessmentFixtures.AssessmentBuilder assessment = fixtures.assessment(set, unitId)
                .score(criterion, self, appraised).status(status);
        if (survey != null) {
            assessment.survey(survey);
        }
        return unitId;
    }

    static UnitKind unitKind(AssessedKind kind) {
        return switch (kind) {
            case DEPARTMENT -> UnitKind.DEPARTMENT;
            case DISTRICT -> UnitKind.DISTRICT;
            case COMMUNE -> UnitKind.COMMUNE;
        };
    }
}
