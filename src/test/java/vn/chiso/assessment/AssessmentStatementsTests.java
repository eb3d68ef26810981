package vn.chiso.assessment;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.assessment.criteria.CriteriaCopyForm;
import vn.chiso.assessment.criteria.CriteriaEditing;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.report.ReportFixtures;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a change of an assessment costs, on the largest criteria set of the demo's current round: the assessment is
 * loaded once, its row locked, and written back once, its lines in one batch, so that the number of statements does
 * not grow with the set. The counts include what the events cost in the same transaction: the notices and the
 * publication of the mail sent after it. Each test runs in a transaction that is rolled back.
 */
@ChisoTest
@Transactional
class AssessmentStatementsTests {

    /** lock, round, the set with its criteria and waivers, lines, the unit's files; scores, their files, header */
    private static final int SAVE = 8;
    /** lock, round, the set, lines, their files; header; every coordinator's notice; the mail's publication */
    private static final int SUBMIT = 8;
    /** lock, the set, lines, their files; appraised lines, header */
    private static final int APPRAISAL_SAVE = 6;
    /** lock, the set, lines, their files; header; the unit's officers (two), notices; the mail's publication */
    private static final int RETURN = 9;
    /** lock, the set, lines, their files; responses, header; every coordinator's notice; the mail's publication */
    private static final int RESPOND = 8;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    CriteriaEditing criteria;
    @Autowired
    Assessments assessments;
    @Autowired
    SelfAssessment self;
    @Autowired
    Appraisal appraisal;
    @Autowired
    EvidenceFiles evidence;

    int year;
    UnitView unit;
    CurrentUser officer;
    CurrentUser coordinator;
    List<Long> files = new ArrayList<>();

    /** The demo's largest set copied to a round of its own, open since yesterday, and a unit of its kind enrolled. */
    @BeforeEach
    void theLargestSetOfTheDemoInARoundOfItsOwn() {
        int current = jdbc.queryForObject("select max(year) from assessment_year where published_at is null"
                + " and year < 2082", Integer.class);
        long largest = jdbc.queryForObject("""
                select s.id from criteria_set s where s.year = ?
                order by (select count(*) from scored_criterion c where c.set_id = s.id) desc limit 1
                """, Long.class, current);
        unit = data.unit(UnitKind.valueOf(jdbc.queryForObject("select kind from criteria_set where id = ?",
                String.class, largest)));
        officer = ReportFixtures.user(data.account(Role.OFFICER, unit.id()));
        data.account(Role.OFFICER, unit.id());
        coordinator = ReportFixtures.user(data.account(Role.COORDINATOR));
        year = jdbc.queryForObject("select coalesce(max(year), 2082) + 1 from assessment_year where year > 2082",
                Integer.class);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        jdbc.update("""
                insert into assessment_year (year, opens_on, closes_on, good_from, fair_from, average_from, updated_by,
                    updated_at) values (?, ?, ?, 80, 65, 50, 'test', now())
                """, year, Date.valueOf(today.minusDays(1)), Date.valueOf(today.plusDays(20)));
        long set = criteria.copy(new CriteriaCopyForm(largest, year, "Bộ chỉ số thử"), coordinator);
        jdbc.update("insert into assessment (year, unit_id, set_id, updated_by, updated_at) values (?, ?, ?, 'test',"
                + " now())", year, unit.id(), set);
        for (int i = 1; i <= 2; i++) {
            files.add(evidence.storeForUnit(unit.id(), new EvidenceFiles.Upload(0, "quyet-dinh-" + i + ".pdf",
                    EvidenceType.PDF, ("%PDF-1.4 Quyết định số " + i).getBytes(StandardCharsets.UTF_8)),
                    officer.fullName(), Instant.now()));
        }
    }

    @Test
    void savingAndSendingTheLargestSelfAssessmentCostAFixedNumberOfStatements() {
        AssessmentView draft = assessments.view(year, unit.id());
        assertThat(draft.applicable()).hasSizeGreaterThanOrEqualTo(25);

        assertThat(statements(() -> self.save(year, unit.id(), scored(draft), List.of(), officer))).isEqualTo(SAVE);
        assertThat(statements(() -> self.submit(year, unit.id(), officer))).isEqualTo(SUBMIT)
                .isLessThanOrEqualTo(12);

        AssessmentView sent = assessments.view(year, unit.id());
        assertThat(sent.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(sent.line(sent.applicable().get(0).id()).evidence()).hasSize(2);
        assertThat(sent.totals().selfPoints()).isEqualByComparingTo(sent.totals().maxPoints()
                .subtract(sent.criteria().set().surveyPoints()));
    }

    @Test
    void appraisingReturningAndAnsweringTheLargestAssessmentCostAFixedNumberOfStatements() {
        self.save(year, unit.id(), scored(assessments.view(year, unit.id())), List.of(), officer);
        self.submit(year, unit.id(), officer);
        AssessmentView sent = assessments.view(year, unit.id());
        List<AppraisalForm.Line> appraised = sent.applicable().stream()
                .map(line -> new AppraisalForm.Line(line.id(), "0", "Chưa có văn bản kiểm chứng")).toList();

        assertThat(statements(() -> appraisal.save(year, unit.id(),
                new AppraisalForm(sent.header().version(), appraised), coordinator))).isEqualTo(APPRAISAL_SAVE);
        assertThat(statements(() -> appraisal.returnToUnit(year, unit.id(), "Đề nghị bổ sung kiểm chứng",
                coordinator))).isEqualTo(RETURN).isLessThanOrEqualTo(12);
        AssessmentView returned = assessments.view(year, unit.id());
        List<ResponseForm.Line> responses = returned.applicable().stream()
                .map(line -> new ResponseForm.Line(line.id(), "Đơn vị đã gửi bổ sung văn bản")).toList();
        assertThat(statements(() -> self.respond(year, unit.id(),
                new ResponseForm(returned.header().version(), responses), officer))).isEqualTo(RESPOND)
                .isLessThanOrEqualTo(12);

        assertThat(assessments.find(year, unit.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.RESPONDED);
        assertThat(jdbc.queryForObject("select count(*) from notice where kind = 'APPRAISAL_RETURNED' and link = ?",
                Integer.class, "/assessments/" + year + "/units/" + unit.id())).as("one for each officer").isEqualTo(2);
    }

    /** Every line at its maximum, explained, the first of every four backed by both files. */
    private AssessmentForm scored(AssessmentView draft) {
        List<AssessmentForm.Line> lines = new ArrayList<>();
        List<Criterion> applicable = draft.applicable();
        for (int i = 0; i < applicable.size(); i++) {
            Criterion criterion = applicable.get(i);
            lines.add(new AssessmentForm.Line(criterion.id(), Points.text(criterion.maxPoints()),
                    "Đơn vị đã thực hiện tiêu chí " + criterion.code(), i % 4 == 0 ? files : List.of()));
        }
        return new AssessmentForm(draft.header().version(), lines);
    }

    private static long statements(Runnable change) {
        SqlStatements.reset();
        change.run();
        return SqlStatements.count();
    }
}
