package vn.chiso.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AppraisalQueue;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.WaitingAssessment;
import vn.chiso.report.ReviewQueue;

/** What waits for the coordinators across plans, periods and years: the page in two statements, its count in one. */
@Service
@Transactional(readOnly = true)
public class WorkQueue {

    /** The reports' and the assessments' counts added up by PostgreSQL, so that every page pays one statement. */
    private static final String COUNT_SQL = "select (" + ReviewQueue.WAITING_COUNT_SQL + ") + ("
            + AppraisalQueue.WAITING_COUNT_SQL + ")";

    private final JdbcTemplate jdbc;
    private final ReviewQueue reviews;
    private final AppraisalQueue appraisals;
    private final Clock clock;

    WorkQueue(JdbcTemplate jdbc, ReviewQueue reviews, AppraisalQueue appraisals, Clock clock) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    QueueView view() {
        List<WaitingAssessment> assessments = appraisals.waiting();
        return new QueueView(reviews.waiting(), having(assessments, AssessmentStatus.SUBMITTED),
                having(assessments, AssessmentStatus.RESPONDED), having(assessments, AssessmentStatus.RETURNED),
                LocalDate.now(clock));
    }

    /** How many items wait, as {@link #view()} would list them. */
    public long count() {
        return jdbc.queryForObject(COUNT_SQL, Long.class, clock.getZone().getId(), LocalDate.now(clock));
    }

    private static List<WaitingAssessment> having(List<WaitingAssessment> assessments, AssessmentStatus status) {
        return assessments.stream().filter(assessment -> assessment.status() == status).toList();
    }
}
