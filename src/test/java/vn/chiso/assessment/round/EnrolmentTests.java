package vn.chiso.assessment.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enrolling the units in a round and withdrawing one; each test rolled back. */
@ChisoTest
@Transactional
class EnrolmentTests {

    private static final CurrentUser COORDINATOR = new CurrentUser(0, "dieuphoi", "Điều phối viên thử",
            Role.COORDINATOR, null, null);

    @Autowired
    Enrolment enrolment;

    @Autowired
    TestData data;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    RoundFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(jdbc);
    }

    @Test
    void enrolmentGivesEachActiveUnitOfAKindWithASetOneDraftAndIsIdempotent() {
        int year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        long departments = fixtures.set(year, AssessedKind.DEPARTMENT, "10").id();
        long communes = fixtures.set(year, AssessedKind.COMMUNE, "10").id();
        UnitView department = data.unit(UnitKind.DEPARTMENT);
        UnitView provincial = data.unit(UnitKind.OTHER_PROVINCIAL);
        UnitView commune = data.unit(UnitKind.COMMUNE);
        UnitView district = data.unit(UnitKind.DISTRICT);
        UnitView closed = data.unit(UnitKind.DEPARTMENT);
        units.deactivate(closed.id());

        Enrolment.Enrolled first = enrolment.enrol(year, COORDINATOR);

        assertThat(rows(year, department, provincial, commune, district, closed)).containsExactlyInAnyOrder(
                Map.of("unit_id", department.id(), "set_id", departments, "status", "DRAFT",
                        "updated_by", "Điều phối viên thử"),
                Map.of("unit_id", provincial.id(), "set_id", departments, "status", "DRAFT",
                        "updated_by", "Điều phối viên thử"),
                Map.of("unit_id", commune.id(), "set_id", communes, "status", "DRAFT",
                        "updated_by", "Điều phối viên thử"));
        assertThat(first.added()).isGreaterThanOrEqualTo(3);
        // the district's kind has no set this year: it is named among those left out
        assertThat(first.withoutSet()).containsOnlyKeys(AssessedKind.DISTRICT);
        assertThat(first.withoutSet().get(AssessedKind.DISTRICT)).isPositive();

        Enrolment.Enrolled again = enrolment.enrol(year, COORDINATOR);
        assertThat(again.added()).isZero();
        assertThat(rows(year, department, provincial, commune, district, closed)).hasSize(3);
    }

    @Test
    void aUnitAddedLaterIsEnrolledTheNextTime() {
        int year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        fixtures.set(year, AssessedKind.DEPARTMENT, "10");
        enrolment.enrol(year, COORDINATOR);
        UnitView newcomer = data.unit(UnitKind.DEPARTMENT);

        assertThat(enrolment.enrol(year, COORDINATOR).added()).isEqualTo(1);
        assertThat(rows(year, newcomer)).hasSize(1);
    }

    @Test
    void enrolmentNeedsTheRoundToExist() {
        int year = RoundFixtures.year();
        fixtures.set(year, AssessedKind.DEPARTMENT, "10");

        assertThatThrownBy(() -> enrolment.enrol(year, COORDINATOR)).isInstanceOf(RuleViolationException.class)
                .hasMessage("assessment.enrol.noRound");
    }

    @Test
    void onlyAUnitThatHasNotBegunCanBeWithdrawn() {
        int year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        RoundFixtures.CriteriaSetIds set = fixtures.set(year, AssessedKind.DEPARTMENT, "10");
        UnitView begun = data.unit(UnitKind.DEPARTMENT);
        UnitView untouched = data.unit(UnitKind.DEPARTMENT);
        long begunId = fixtures.assessment(year, begun.id(), set.id(), AssessmentStatus.DRAFT, null, null);
        fixtures.assessment(year, untouched.id(), set.id(), AssessmentStatus.DRAFT, null, null);
        fixtures.score(begunId, set.scored(), "4", null);

        assertThat(enrolment.withdrawable(year)).extracting(Enrolment.EnrolledUnit::unitId)
                .contains(untouched.id()).doesNotContain(begun.id());
        assertThatThrownBy(() -> enrolment.withdraw(year, begun.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("assessment.withdraw.begun");
        assertThat(rows(year, begun)).hasSize(1);

        enrolment.withdraw(year, untouched.id());
        assertThat(rows(year, untouched)).isEmpty();
        assertThatThrownBy(() -> enrolment.withdraw(year, untouched.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("assessment.withdraw.notEnrolled");
    }

    @Test
    void aSubmittedAssessmentCannotBeWithdrawnEvenWithoutScores() {
        int year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        long set = fixtures.set(year, AssessedKind.DEPARTMENT, "10").id();
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        fixtures.assessment(year, unit.id(), set, AssessmentStatus.SUBMITTED, Instant.now(), false);

        assertThatThrownBy(() -> enrolment.withdraw(year, unit.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("assessment.withdraw.begun");
    }

    private List<Map<String, Object>> rows(int year, UnitView... units) {
        return jdbc.queryForList("select unit_id, set_id, status, updated_by from assessment"
                + " where year = ? and unit_id = any (?)", year,
                Arrays.stream(units).map(UnitView::id).toArray(Long[]::new));
    }
}
