package vn.chiso.assessment;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.chiso.ModuleTest;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.unit.UnitService;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment module alone (with the shared clock): what it tells the other modules when a unit sends its
 * self-assessment and when Sở Nội vụ returns its appraisal. The unit and document modules it calls are stand-ins;
 * the data is written straight into the tables.
 */
@ModuleTest(extraIncludes = "shared")
class AssessmentModuleTests {

    @MockitoBean
    UnitService units;
    @MockitoBean
    EvidenceFiles evidence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SelfAssessment self;
    @Autowired
    Appraisal appraisal;
    @Autowired
    Clock clock;

    AssessmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AssessmentFixtures(jdbc);
    }

    @Test
    void sendingASelfAssessmentPublishesAssessmentSent(Scenario scenario) {
        long unit = unit("STP", "Sở Tư pháp");
        int year = LocalDate.now(clock).getYear();
        AssessmentFixtures.SetBuilder set = fixtures.year(year).set(year, AssessedKind.DEPARTMENT, "10");
        long field = set.node(null, "1", "Công tác chỉ đạo, điều hành");
        long plan = set.scored(field, "1.1", "Kế hoạch CCHC năm", "2");
        long report = set.scored(field, "1.2", "Báo cáo CCHC", "1");
        AssessmentFixtures.AssessmentBuilder assessment = fixtures.assessment(set, unit).score(plan, "0", null)
                .score(report, "0", null);
        CurrentUser officer = new CurrentUser(501, "tuphap", "Nguyễn Văn An", Role.OFFICER, unit, "Sở Tư pháp");

        scenario.stimulate(() -> self.submit(year, unit, officer))
                .andWaitForEventOfType(AssessmentSent.class)
                .matching(sent -> sent.unitId() == unit)
                .toArriveAndVerify(sent -> {
                    assertThat(sent.assessmentId()).isEqualTo(assessment.id());
                    assertThat(sent.year()).isEqualTo(year);
                    assertThat(sent.unitName()).isEqualTo("Sở Tư pháp");
                    assertThat(sent.submittedBy()).isEqualTo("Nguyễn Văn An");
                    assertThat(sent.late()).as("sent within the window, which runs all this year").isFalse();
                });
    }

    @Test
    void returningAnAppraisalPublishesAppraisalReturned(Scenario scenario) {
        long unit = unit("STC", "Sở Tài chính");
        int year = 2062;
        AssessmentFixtures.SetBuilder set = fixtures.year(year).set(year, AssessedKind.DEPARTMENT, "10");
        long field = set.node(null, "1", "Công tác chỉ đạo, điều hành");
        long plan = set.scored(field, "1.1", "Kế hoạch CCHC năm", "2");
        AssessmentFixtures.AssessmentBuilder assessment = fixtures.assessment(set, unit).score(plan, "2", "1")
                .status(AssessmentStatus.SUBMITTED);
        CurrentUser coordinator = new CurrentUser(502, "noivu", "Trần Thị Hạnh", Role.COORDINATOR, null, null);

        scenario.stimulate(() -> appraisal.returnToUnit(year, unit, "  Đề nghị bổ sung kế hoạch  ", coordinator))
                .andWaitForEventOfType(AppraisalReturned.class)
                .matching(returned -> returned.unitId() == unit)
                .toArriveAndVerify(returned -> {
                    assertThat(returned.assessmentId()).isEqualTo(assessment.id());
                    assertThat(returned.year()).isEqualTo(year);
                    assertThat(returned.unitName()).isEqualTo("Sở Tài chính");
                    assertThat(returned.comment()).isEqualTo("Đề nghị bổ sung kế hoạch");
                    assertThat(returned.returnedBy()).isEqualTo("Trần Thị Hạnh");
                    assertThat(jdbc.queryForObject("select status from assessment where id = ?", String.class,
                            assessment.id())).isEqualTo("RETURNED");
                });
    }

    private long unit(String code, String name) {
        return jdbc.queryForObject("insert into unit (code, name, short_name, kind) values (?, ?, ?, 'DEPARTMENT')"
                + " returning id", Long.class, code, name, name);
    }
}
