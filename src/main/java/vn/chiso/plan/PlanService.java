package vn.chiso.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndexView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;

/**
 * Plans: the list, one plan, and the changes coordinators make. A plan number is unique; a period that would leave
 * targets or task deadlines outside it is refused; a save over a newer version is refused (optimistic locking).
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final IndexCatalogue catalogue;
    private final ReportingPeriods periods;

    PlanService(PlanRepository plans, IndexCatalogue catalogue, ReportingPeriods periods) {
        this.plans = plans;
        this.catalogue = catalogue;
        this.periods = periods;
    }

    /** Every plan, latest issued first: one query. */
    public List<PlanView> all() {
        return plans.all();
    }

    public List<PlanView> list(PlanFilter filter) {
        return all().stream().filter(filter::accepts).toList();
    }

    public PlanView get(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("Plan", id));
    }

    public List<PlanView> children(long id) {
        return all().stream().filter(plan -> Objects.equals(plan.parentId(), id)).toList();
    }

    @Transactional
    public long create(PlanForm form) {
        check(null, form);
        try {
            return plans.insert(Plan.of(form));
        } catch (DataIntegrityViolationException raced) {
            throw new RuleViolationException("number", "plan.number.taken", form.number().strip());
        }
    }

    @Transactional
    public void update(long id, PlanForm form) {
        PlanView plan = get(id);
        if (form.version() == null || form.version() != plan.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        check(id, form);
        int outside = plans.outside(id, form.firstYear(), form.lastYear());
        if (outside > 0) {
            throw new RuleViolationException("firstYear", "plan.period.excludesContent", outside);
        }
        if (!plans.update(id, plan.version(), Plan.of(form))) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        periods.regenerate(id);
    }

    private void check(Long id, PlanForm form) {
        if (plans.numberTaken(form.number().strip(), id)) {
            throw new RuleViolationException("number", "plan.number.taken", form.number().strip());
        }
        if (form.firstYear() > form.lastYear()) {
            throw new RuleViolationException("lastYear", "plan.period.order");
        }
        Set<String> known = new HashSet<>(catalogue.indices().stream().map(IndexView::code).toList());
        if (!known.containsAll(form.indexCodes())) {
            throw new RuleViolationException("indexCodes", "plan.indices.unknown");
        }
        if (form.parentId() != null) {
            checkParent(id, form.parentId());
        }
    }

    /** The parent exists and is not the plan itself nor one of the plans implementing it. */
    private void checkParent(Long id, long parentId) {
        Map<Long, Long> parentOf = new HashMap<>();
        all().forEach(plan -> parentOf.put(plan.id(), plan.parentId()));
        if (!parentOf.containsKey(parentId)) {
            throw new RuleViolationException("parentId", "plan.parent.unknown");
        }
        for (Long ancestor = parentId; ancestor != null; ancestor = parentOf.get(ancestor)) {
            if (ancestor.equals(id)) {
                throw new RuleViolationException("parentId", "plan.parent.cycle");
            }
        }
    }
}
