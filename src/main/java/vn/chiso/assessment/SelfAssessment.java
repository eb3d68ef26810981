package vn.chiso.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
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
 * <p>
 * Each change loads the assessment once, its row locked, checks it, and writes it back: its header in one statement,
 * its lines in one batch (and, for a save, the files backing them in one more), whatever the size of the criteria set.
 */
@Service
@Transactional
public class SelfAssessment {

    private final AssessmentRepository headers;
    private final ScoreLineRepository lines;
    private final Assessments assessments;
    private final AssessmentYears years;
    private final EvidenceFiles evidence;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SelfAssessment(AssessmentRepository headers, ScoreLineRepository lines, Assessments assessments,
            AssessmentYears years, EvidenceFiles evidence, Clock clock, ApplicationEventPublisher events) {
        this.headers = headers;
        this.lines = lines;
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
        return headers.takeLatestCriteria(year, unitId);
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
        Editing editing = lockForEditing(year, unitId, officer);
        AssessmentHeader header = editing.assessment().header();
        if (form.version() == null || form.version() != header.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        List<Criterion> applicable = editing.assessment().applicable();
        Set<Long> ownFiles = new HashSet<>(evidence.ofUnit(unitId).stream().map(UnitEvidence::id).toList());
        List<RuleViolationException> problems = new ArrayList<>();
        List<ScoreLineRepository.SelfScore> scores = new ArrayList<>();
        List<ScoreLineRepository.EvidenceLink> links = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            AssessmentForm.Line line = form.lines().get(i);
            Optional<Criterion> criterion = line == null ? Optional.empty() : applicable.stream()
                    .filter(candidate -> line.criterionId() != null && candidate.id() == line.criterionId()).findFirst();
            if (criterion.isEmpty()) {
                continue;
            }
            long criterionId = criterion.get().id();
            BigDecimal score = score(line.score(), criterion.get(), "lines[" + i + "].score", problems);
            scores.add(new ScoreLineRepository.SelfScore(header.id(), criterionId, score,
                    blankToNull(line.explanation())));
            line.evidenceIds().stream().filter(ownFiles::contains).distinct()
                    .forEach(file -> links.add(new ScoreLineRepository.EvidenceLink(criterionId, file)));
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        Instant now = clock.instant();
        for (EvidenceFiles.Upload upload : uploads) {
            if (applicable.stream().anyMatch(criterion -> criterion.id() == upload.slot())) {
                long file = evidence.storeForUnit(unitId, upload, officer.fullName(), now);
                links.add(new ScoreLineRepository.EvidenceLink(upload.slot(), file));
            }
        }
        lines.writeSelfScores(scores);
        lines.replaceEvidence(header.id(), scores.stream().map(ScoreLineRepository.SelfScore::criterionId).toList(),
                links);
        headers.touch(header.id(), officer.fullName(), now);
        return header.version() + 1;
    }

    /**
     * Sends the assessment for appraisal: every line scored, and every score above zero backed by a document or
     * explained. Allowed after the window, but marked late.
     */
    public void submit(int year, long unitId, CurrentUser officer) {
        Editing editing = lockForEditing(year, unitId, officer);
        List<RuleViolationException> missing = editing.assessment().submissionGaps().stream()
                .map(SubmissionGap::violation).toList();
        if (!missing.isEmpty()) {
            throw RuleViolationException.all(missing);
        }
        Instant now = clock.instant();
        boolean late = editing.round().isLate(now, clock.getZone());
        AssessmentHeader header = editing.assessment().header();
        headers.submitted(header.id(), late, officer.fullName(), now);
        events.publishEvent(AssessmentSent.of(header, officer.fullName(), now, late));
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
        headers.touch(header.id(), officer.fullName(), clock.instant());
        return header.version() + 1;
    }

    /** Sends the unit's answer to the appraisal returned to it, once; then Sở Nội vụ decides for good. */
    public void respond(int year, long unitId, ResponseForm form, CurrentUser officer) {
        AssessmentHeader header = keepResponses(year, unitId, form, officer);
        Instant now = clock.instant();
        headers.responded(header.id(), officer.fullName(), now);
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
        List<Criterion> applicable = assessments.view(header).applicable();
        List<RuleViolationException> problems = new ArrayList<>();
        List<ScoreLineRepository.Response> responses = new ArrayList<>();
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
            responses.add(new ScoreLineRepository.Response(header.id(), line.criterionId(), response));
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        lines.writeResponses(responses);
        return header;
    }

    /** The unit's assessment, locked, in a state its officers may change, with its round open. */
    private Editing lockForEditing(int year, long unitId, CurrentUser officer) {
        AssessmentHeader header = lock(year, unitId, officer);
        if (!header.status().selfEditable()) {
            throw new RuleViolationException(null, "assessment.locked." + header.status().name());
        }
        AssessmentYear round = years.get(year);
        if (!round.started(LocalDate.now(clock))) {
            throw new RuleViolationException(null, "assessment.window.notOpen");
        }
        return new Editing(assessments.view(header), round);
    }

    /** The unit's assessment, locked; another unit's is reported as missing, not as forbidden. */
    private AssessmentHeader lock(int year, long unitId, CurrentUser officer) {
        if (!AssessmentAccess.ownUnit(unitId, officer)) {
            throw new NotFoundException("Assessment", unitId);
        }
        return headers.lock(year, unitId).orElseThrow(() -> new NotFoundException("Assessment", unitId));
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

    /** An assessment its officers are changing, and its round. */
    private record Editing(AssessmentView assessment, AssessmentYear round) {
    }
}
