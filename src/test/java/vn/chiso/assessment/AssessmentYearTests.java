package vn.chiso.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a unit's answer to a returned appraisal is due. */
class AssessmentYearTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final AssessmentYear round = new AssessmentYear(2026, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 15),
            null, null);

    @Test
    void anAppraisalReturnedEarlyInTheWindowIsAnsweredUntilItsLastDay() {
        assertThat(round.responseDue(returned(2026, 11, 20), VIETNAM)).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void anAppraisalReturnedLateLeavesTheUnitSevenDays() {
        assertThat(round.responseDue(returned(2026, 12, 10), VIETNAM)).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(round.responseDue(returned(2027, 1, 12), VIETNAM)).isEqualTo(LocalDate.of(2027, 1, 19));
    }

    private static java.time.Instant returned(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 8, 0).atZone(VIETNAM).toInstant();
    }
}
