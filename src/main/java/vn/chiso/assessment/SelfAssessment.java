package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.UnitEvidence;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * A unit's officers scoring their unit: saving drafts (by hand or automatically), submitting, and answering an
 * appraisal returned to them. A save keeps everything it was given or, when a value or a file is refused, nothing.
 */
@Service
@Transactional
public class SelfAssessment {

    private final JdbcTemplate jdbc;
    private final Assessments assessments;
    private final AssessmentYears years;
    private final EvidenceFiles evidence;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SelfAssessment(JdbcTemplate jdbc, Assessments assessments, AssessmentYears years, EvidenceFiles evidence,
            Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.years = years;
        this.evidence = evidence;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Moves a draft nobody has scored yet to the latest version of its criteria set, so that a version made after
     * the units were enrolled reaches every unit that has not begun; a begun draft keeps the version it was scored
     * on. Returns whether it moved.
     */
    public boolean takeLatestCriteria(int year, long unitId) {
        return jdbc.update("""
                update assessment a set set_id = latest.id, version = a.version + 1
                from criteria_set s, lateral (select l.id from criteria_set l where l.year = s.year and l.kind = s.kind
                                              order by l.version desc limit 1) latest
                where a.year = ? and a.unit_id = ? and a.status = 'DRAFT' and s.id = a.set_id and latest.id <> a.set_id
                  and not exists (select 1 from assessment_score sc where sc.assessment_id = a.id)
                  and not exists (select 1 from assessment_evidence e where e.assessment_id = a.id)
                """, year, unitId) > 0;
    }

    /**
     * Saves the scores, explanations and evidence of the lines; returns the assessment's new version.
     *
     * @param uploads new files, each for the criterion its input was named after
     * @throws RuleViolationException a score is not allowed (all such problems together), the window is not open,
     *                                or the assessment changed meanwhile
     */
    public int save(int year, long unitId, AssessmentForm form, List<EvidenceFiles.Upload> uploads,
            CurrentUser officer) {
        AssessmentView assessment = lockForEditing(year, unitId, officer);
        AssessmentHeader header = assessment.header();
        if (form.version() == null || form.version() != header.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        List<Criterion> applicable = assessment.applicable();
        Set<Long> ownFiles = new HashSet<>(evidence.ofUnit(unitId).stream().map(UnitEvidence::id).toList());
        List<RuleViolationException> problems = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            AssessmentForm.Line line = form.lines().get(i);
            Optional<Criterion> criterion = line == null ? Optional.empty() : applicable.stream()
                    .filter(candidate -> line.criterionId() != null && candidate.id() == line.criterionId()).findFirst();
            if (criterion.isEmpty()) {
                continue;
            }
            BigDecimal score = score(line.score(), criterion.get(), "lines[" + i + "].score", problems);
            scores.add(new Object[] {header.id(), criterion.get().id(), score, blankToNull(line.explanation())});
            line.evidenceIds().stream().filter(ownFiles::contains).distinct()
                    .forEach(file -> links.add(new Object[] {header.id(), criterion.get().id(), file}));
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        Instant now = clock.instant();
        jdbc.batchUpdate("""
                insert into assessment_score (assessment_id, criterion_id, self_score, explanation) values (?, ?, ?, ?)
                on conflict (assessment_id, criterion_id) do update set self_score = excluded.self_score,
                    explanation = excluded.explanation
                """, scores);
        jdbc.update("delete from assessment_evidence where assessment_id = ? and criterion_id = any (?)", header.id(),
                scores.stream().map(row -> row[1]).toArray(Long[]::new));
        for (EvidenceFiles.Upload upload : uploads) {
            if (applicable.stream().anyMatch(criterion -> criterion.id() == upload.slot())) {
                long file = evidence.storeForUnit(unitId, upload, officer.fullName(), now);
                links.add(new Object[] {header.id(), upload.slot(), file});
            }
        }
        jdbc.batchUpdate("""
                insert into assessment_evidence (assessment_id, criterion_id, evidence_id) values (?, ?, ?)
                on conflict do nothing
                """, links);
        touch(header.id(), officer, now);
        return header.version() + 1;
    }

    /**
     * Sends the assessment for appraisal: every line scored, and every score above zero backed by a document or
     * explained. Allowed after the window, but marked late.
     */
    public void submit(int year, long unitId, CurrentUser officer) {
        AssessmentView assessment = lockForEditing(year, unitId, officer);
        List<RuleViolationException> missing = assessment.submissionGaps().stream().map(SubmissionGap::violation)
                .toList();
        if (!missing.isEmpty()) {
            throw RuleViolationException.all(missing);
        }
        Instant now = clock.instant();
        boolean late = years.get(year).isLate(now, clock.getZone());
        jdbc.update("""
                update assessment set status = 'SUBMITTED', submitted_at = ?, late = coalesce(late, ?), updated_by = ?,
                    updated_at = ?, version = version + 1 where id = ?
                """, Timestamp.from(now), late, officer.fullName(), Timestamp.from(now), assessment.header().id());
        events.publishEvent(AssessmentSent.of(assessment.header(), officer.fullName(), now, late));
    }

    /**
     * Keeps the unit's answer to the appraisal returned to it, a response per line, without sending it yet (the form's
     * automatic save); returns the assessment's new version. Nobody else sees it until it is sent.
     *
     * @throws RuleViolationException a response is too long (all such lines together), the assessment is not waiting
     *                                for the unit's answer, or it changed meanwhile
     */
    public int saveResponses(int year, long unitId, ResponseForm form, CurrentUser officer) {
        AssessmentHeader header = keepResponses(year, unitId, form, officer);
        touch(header.id(), officer, clock.instant());
        return header.version() + 1;
    }

    /** Sends the unit's answer to the appraisal returned to it, once; then Sở Nội vụ decides for good. */
    public void respond(int year, long unitId, ResponseForm form, CurrentUser officer) {
        AssessmentHeader header = keepResponses(year, unitId, form, officer);
        Instant now = clock.instant();
        jdbc.update("""
                update assessment set status = 'RESPONDED', responded_at = ?, updated_by = ?, updated_at = ?,
                    version = version + 1 where id = ?
                """, Timestamp.from(now), officer.fullName(), Timestamp.from(now), header.id());
        events.publishEvent(new AppraisalAnswered(header.id(), year, unitId, header.unitName(), officer.fullName(),
                now));
    }

    private AssessmentHeader keepResponses(int year, long unitId, ResponseForm form, CurrentUser officer) {
        AssessmentHeader header = lock(year, unitId, officer);
        if (header.status() != AssessmentStatus.RETURNED) {
            throw new RuleViolationException(null, "assessment.locked." + header.status().name());
        }
        if (form.version() == null || form.version() != header.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        List<Criterion> applicable = assessments.view(year, unitId).applicable();
        List<RuleViolationException> problems = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            ResponseForm.Line line = form.lines().get(i);
            boolean applies = line != null && line.criterionId() != null
                    && applicable.stream().anyMatch(criterion -> criterion.id() == line.criterionId());
            if (!applies) {
                continue;
            }
            String response = blankToNull(line.response());
            if (response != null && response.length() > ResponseForm.MAX_LENGTH) {
                problems.add(new RuleViolationException("lines[" + i + "].response", "assessment.response.size"));
            }
            rows.add(new Object[] {header.id(), line.criterionId(), response});
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        jdbc.batchUpdate("""
                insert into assessment_score (assessment_id, criterion_id, response) values (?, ?, ?)
                on conflict (assessment_id, criterion_id) do update set response = excluded.response
                """, rows);
        return header;
    }

    private AssessmentView lockForEditing(int year, long unitId, CurrentUser officer) {
        AssessmentHeader header = lock(year, unitId, officer);
        if (!header.status().selfEditable()) {
            throw new RuleViolationException(null, "assessment.locked." + header.status().name());
        }
        if (!years.get(year).started(LocalDate.now(clock))) {
            throw new RuleViolationException(null, "assessment.window.notOpen");
        }
        return assessments.view(year, unitId);
    }

    /** The unit's assessment, locked; another unit's is reported as missing, not as forbidden. */
    private AssessmentHeader lock(int year, long unitId, CurrentUser officer) {
        if (!AssessmentAccess.ownUnit(unitId, officer)) {
            throw new NotFoundException("Assessment", unitId);
        }
        return jdbc.query(Assessments.HEADER_SQL + " where a.year = ? and a.unit_id = ? for update of a",
                Assessments::header, year, unitId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Assessment", unitId));
    }

    private void touch(long assessmentId, CurrentUser officer, Instant now) {
        jdbc.update("update assessment set updated_by = ?, updated_at = ?, version = version + 1 where id = ?",
                officer.fullName(), Timestamp.from(now), assessmentId);
    }

    /** A score as typed: empty is "not scored yet"; otherwise between 0 and the maximum, in the criterion's steps. */
    static BigDecimal score(String text, Criterion criterion, String field, List<RuleViolationException> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> score = Decimals.parse(text);
        if (score.isPresent() && score.get().scale() <= 2
                && Points.allowed(score.get(), criterion.maxPoints(), criterion.step())) {
            return score.get();
        }
        problems.add(criterion.step() == null
                ? new RuleViolationException(field, "assessment.score.invalid", Points.text(criterion.maxPoints()))
                : new RuleViolationException(field, "assessment.score.invalidStep", Points.text(criterion.maxPoints()),
                        Points.text(criterion.step())));
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
