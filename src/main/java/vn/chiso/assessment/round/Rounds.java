package vn.chiso.assessment.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;

/** The rounds with how far each has come, and the rounds a unit took part in. */
@Service
@Transactional(readOnly = true)
class Rounds {

    private final EnrolmentRepository enrolments;
    private final AssessmentYears years;

    Rounds(EnrolmentRepository enrolments, AssessmentYears years) {
        this.enrolments = enrolments;
        this.years = years;
    }

    /** Every round, the latest first. */
    List<RoundLine> all() {
        Map<Integer, RoundLine.Counts> counts = new HashMap<>();
        enrolments.byYear().forEach(count -> counts.put(count.year(),
                new RoundLine.Counts(count.enrolled(), count.submitted(), count.finals())));
        return years.all().stream()
                .map(round -> new RoundLine(round, counts.getOrDefault(round.year(), RoundLine.Counts.NONE)))
                .toList();
    }

    /** The years a unit has an assessment, the latest first, with whether the year's ranking is published. */
    List<UnitRound> ofUnit(long unitId) {
        return enrolments.ofUnit(unitId);
    }

    /** A round and how many units take part, have submitted at least once and are appraised for good. */
    record RoundLine(AssessmentYear round, Counts counts) {

        record Counts(int enrolled, int submitted, int finals) {
            static final Counts NONE = new Counts(0, 0, 0);
        }
    }

    /** A year of a unit's assessment; its result and rank are the unit's to read once final and published. */
    record UnitRound(int year, AssessmentStatus status, boolean published) {

        public boolean resultPublished() {
            return published && status == AssessmentStatus.FINAL;
        }
    }
}
