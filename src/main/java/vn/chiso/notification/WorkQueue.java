package vn.chiso.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

    private final QueueRepository counts;
    private final ReviewQueue reviews;
    private final AppraisalQueue appraisals;
    private final Clock clock;

    WorkQueue(QueueRepository counts, ReviewQueue reviews, AppraisalQueue appraisals, Clock clock) {
        this.counts = counts;
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
        return counts.count(clock.getZone(), LocalDate.now(clock));
    }

    private static List<WaitingAssessment> having(List<WaitingAssessment> assessments, AssessmentStatus status) {
        return assessments.stream().filter(assessment -> assessment.status() == status).toList();
    }
}
