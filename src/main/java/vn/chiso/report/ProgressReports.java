package vn.chiso.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.StoredFile;
import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.shared.NotFoundException;

/**
 * Reading reports: a whole report takes a fixed number of statements (its header, its entries, its files and the
 * plan's tasks), a list of headers one, whatever their size.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReports {

    /** Where a transaction keeps the reports it has changed, by id (see {@link #hold}). */
    private static final Object HELD = new Object();

    private final ReportRepository reports;
    private final EntryRepository entries;
    private final TaskService tasks;
    private final EvidenceFiles files;

    ProgressReports(ReportRepository reports, EntryRepository entries, TaskService tasks, EvidenceFiles files) {
        this.reports = reports;
        this.entries = entries;
        this.tasks = tasks;
        this.files = files;
    }

    public ReportHeader header(long reportId) {
        return reports.find(reportId).orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    /** The report as stored, or as the current transaction has just written it (then read again from nothing). */
    public ReportView get(long reportId) {
        ReportView held = held().get(reportId);
        return held != null ? held : view(header(reportId));
    }

    /** A report with its entries: the unit's reported tasks in the plan, whether or not it has written about them. */
    public ReportView view(ReportHeader header) {
        return view(header, entries.of(List.of(header.id())));
    }

    /** As {@link #view(ReportHeader)}, with the entries already read with the header. */
    ReportView view(ReportHeader header, List<ReportEntry> stored) {
        return assemble(header, tasks.of(header.planId()), stored,
                Attachments.of(files.ofReports(List.of(header.id()))));
    }

    public Optional<ReportHeader> find(long periodId, long unitId) {
        return reports.find(periodId, unitId);
    }

    public List<ReportHeader> ofPeriod(long periodId) {
        return reports.ofPeriod(periodId);
    }

    public List<ReportHeader> ofPlan(long planId) {
        return reports.ofPlan(planId);
    }

    public List<ReportHeader> ofUnit(long unitId) {
        return reports.ofUnit(unitId);
    }

    /** What the units wrote in these reports, in one statement. */
    public List<ReportEntry> entries(Collection<Long> reportIds) {
        return entries.of(reportIds);
    }

    /** Whether any report exists at all. */
    public boolean any() {
        return reports.any();
    }

    /**
     * Keeps the report as the current transaction has written it, so that the listeners of the event it publishes
     * next (the history's versions) read it from here instead of reading it again; forgotten when the transaction
     * ends, committed or not.
     */
    void hold(ReportView report) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (!TransactionSynchronizationManager.hasResource(HELD)) {
            TransactionSynchronizationManager.bindResource(HELD, new HashMap<Long, ReportView>());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
                }
            });
        }
        held().put(report.header().id(), report);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, ReportView> held() {
        Object held = TransactionSynchronizationManager.getResource(HELD);
        return held == null ? new HashMap<>() : (Map<Long, ReportView>) held;
    }

    /**
     * A report from its parts: one entry for each of {@code planTasks} the unit reports on, as stored or, when it has
     * not written about the task yet, not started; each with its files.
     */
    static ReportView assemble(ReportHeader header, List<TaskView> planTasks, List<ReportEntry> stored,
            Attachments attached) {
        Map<Long, ReportEntry> byTask = new HashMap<>();
        stored.forEach(entry -> byTask.put(entry.taskId(), entry));
        List<EntryView> entries = new ArrayList<>();
        for (TaskView task : planTasks) {
            AssignmentRole role = roleOf(task, header.unitId());
            if (!task.reported() || role == null) {
                continue;
            }
            ReportEntry entry = byTask.get(task.id());
            List<EvidenceView> files = attached.evidence().getOrDefault(task.id(), List.of());
            entries.add(entry == null ? new EntryView(task, role, EntryStatus.NOT_STARTED, null, null, null, files)
                    : new EntryView(task, role, entry.status(), entry.done(), entry.percent(), entry.explanation(),
                    files));
        }
        return new ReportView(header, entries, attached.signed());
    }

    /** A report's files: each task's evidence, by task, and the signed document (null when none is attached). */
    record Attachments(Map<Long, List<EvidenceView>> evidence, SignedDocument signed) {

        static Attachments of(List<StoredFile> files) {
            Map<Long, List<EvidenceView>> evidence = new HashMap<>();
            SignedDocument signed = null;
            for (StoredFile file : files) {
                if (file.taskId() == null) {
                    signed = new SignedDocument(file.id(), file.fileName(), file.size(), file.uploadedBy(),
                            file.uploadedAt());
                } else {
                    evidence.computeIfAbsent(file.taskId(), id -> new ArrayList<>()).add(new EvidenceView(file.id(),
                            file.taskId(), file.fileName(), file.contentType(), file.size(), file.uploadedBy(),
                            file.uploadedAt()));
                }
            }
            return new Attachments(evidence, signed);
        }

        static Attachments of(ReportView report) {
            Map<Long, List<EvidenceView>> evidence = new HashMap<>();
            report.entries().forEach(entry -> evidence.put(entry.task().id(), entry.evidence()));
            return new Attachments(evidence, report.signedDocument());
        }
    }

    /** Whether the unit leads the task or coordinates on it; {@code null} when it is not assigned. */
    public static AssignmentRole roleOf(TaskView task, long unitId) {
        if (task.lead() != null && task.lead().id() == unitId) {
            return AssignmentRole.LEAD;
        }
        return task.coordinating().stream().anyMatch(unit -> unit.id() == unitId) ? AssignmentRole.COORDINATING : null;
    }
}
