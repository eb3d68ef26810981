package vn.chiso.plan.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.SectionOrder;
import vn.chiso.plan.task.TaskGroup;
import vn.chiso.plan.task.TaskService;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;

/**
 * The headings and paragraphs of a plan that are not tasks, and the plan's outline: those and the task groups in
 * document order, a heading before the tasks of its number. A number is used once in a plan; a save over a newer
 * version is refused (optimistic locking).
 */
@Service
@Transactional(readOnly = true)
public class SectionService {

    private static final Comparator<SectionView> ORDER = Comparator.comparing(SectionView::number,
            SectionOrder.INSTANCE);

    private final SectionRepository sections;
    private final TaskService tasks;

    SectionService(SectionRepository sections, TaskService tasks) {
        this.sections = sections;
        this.tasks = tasks;
    }

    /** A plan's headings and paragraphs in document order: one query. */
    public List<SectionView> of(long planId) {
        return sections.ofPlan(planId).stream().sorted(ORDER).toList();
    }

    public SectionView get(long planId, long sectionId) {
        return sections.find(sectionId).filter(section -> section.planId() == planId)
                .orElseThrow(() -> new NotFoundException("Section", sectionId));
    }

    /** Headings, paragraphs and task groups as the document has them. */
    public List<OutlineEntry> outline(long planId) {
        List<SectionView> headings = of(planId);
        List<TaskGroup> groups = tasks.groupsOf(planId);
        List<OutlineEntry> outline = new ArrayList<>();
        int h = 0;
        for (TaskGroup group : groups) {
            while (h < headings.size()
                    && SectionOrder.INSTANCE.compare(headings.get(h).number(), group.section()) <= 0) {
                outline.add(new OutlineEntry(headings.get(h++), null));
            }
            outline.add(new OutlineEntry(null, group));
        }
        headings.subList(h, headings.size()).forEach(heading -> outline.add(new OutlineEntry(heading, null)));
        return outline;
    }

    @Transactional
    public long add(PlanView plan, SectionForm form) {
        PlanSection section = describe(plan.id(), null, form);
        try {
            return sections.insert(plan.id(), section);
        } catch (DataIntegrityViolationException raced) {
            throw new RuleViolationException("number", "section.number.taken", section.number());
        }
    }

    @Transactional
    public void update(PlanView plan, long sectionId, SectionForm form) {
        SectionView stored = get(plan.id(), sectionId);
        if (form.version() == null || form.version() != stored.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        PlanSection section = describe(plan.id(), sectionId, form);
        boolean written;
        try {
            written = sections.update(sectionId, stored.version(), section);
        } catch (DataIntegrityViolationException raced) {
            throw new RuleViolationException("number", "section.number.taken", section.number());
        }
        if (!written) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
    }

    @Transactional
    public void delete(long planId, long sectionId) {
        sections.delete(get(planId, sectionId).id());
    }

    /** The section as it will be written: a number used once in the plan, a heading or a body. */
    private PlanSection describe(long planId, Long sectionId, SectionForm form) {
        String number = form.number().strip();
        if (sections.numberTaken(planId, number, sectionId)) {
            throw new RuleViolationException("number", "section.number.taken", number);
        }
        String heading = blankToNull(form.heading());
        String body = blankToNull(form.body());
        if (heading == null && body == null) {
            throw new RuleViolationException("heading", "section.content.required");
        }
        return new PlanSection(number, heading, body);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
