package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;

/**
 * The coordinator's changes to criteria sets: starting a year (empty or from an existing set), the tree of fields,
 * criteria and sub-criteria, the waivers. A set some unit has begun to assess itself with is never changed: it is
 * copied into a new version, which the units beginning after are given.
 */
@Service
@Transactional
public class CriteriaEditing {

    private final CriteriaSetRepository setRows;
    private final CriterionRepository criteria;
    private final CriteriaSets sets;
    private final UnitService units;
    private final Clock clock;

    CriteriaEditing(CriteriaSetRepository setRows, CriterionRepository criteria, CriteriaSets sets, UnitService units,
            Clock clock) {
        this.setRows = setRows;
        this.criteria = criteria;
        this.sets = sets;
        this.units = units;
        this.clock = clock;
    }

    /** An empty set for a year and kind that has none yet. */
    public long create(CriteriaSetForm form, CurrentUser coordinator) {
        CriteriaRules rules = new CriteriaRules();
        rules.year("year", form.year());
        rules.kind(form.kind());
        rules.setName("name", form.name());
        rules.surveyPoints(form.surveyPoints());
        rules.check();
        refuseTaken("year", form.year(), form.kind());
        return insertSet("year", form.year(), form.kind(), 1, form.name().strip(), form.surveyPoints(),
                coordinator);
    }

    /** A new year's set for the source's kind of unit: the source's tree, survey points and waivers. */
    public long copy(CriteriaCopyForm form, CurrentUser coordinator) {
        CriteriaRules rules = new CriteriaRules();
        CriteriaSet source = form.sourceId() == null ? null : sets.find(form.sourceId()).orElse(null);
        if (source == null) {
            rules.add(new RuleViolationException("sourceId", "criteria.copy.source.required"));
        }
        rules.year("targetYear", form.targetYear());
        rules.setName("newName", form.newName());
        rules.check();
        refuseTaken("targetYear", form.targetYear(), source.kind());
        long copy = insertSet("targetYear", form.targetYear(), source.kind(), 1, form.newName().strip(),
                source.surveyPoints(), coordinator);
        criteria.copy(source.id(), copy, CriteriaRules.LEVELS);
        return copy;
    }

    /**
     * The next version of a set in use, for the units that begin their assessment after: a copy of the latest
     * version, to be changed instead of it.
     */
    public long newVersion(long setId, CurrentUser coordinator) {
        CriteriaSet set = lock(setId);
        CriteriaSet latest = sets.current(set.year(), set.kind()).orElseThrow();
        if (latest.id() != set.id()) {
            throw new RuleViolationException(null, "criteria.version.notLatest", String.valueOf(latest.version()));
        }
        if (!sets.inUse(setId)) {
            throw new RuleViolationException(null, "criteria.version.notInUse");
        }
        long copy = insertSet(null, set.year(), set.kind(), set.version() + 1, set.name(), set.surveyPoints(),
                coordinator);
        criteria.copy(setId, copy, CriteriaRules.LEVELS);
        return copy;
    }

    public void updateHeader(long setId, CriteriaHeaderForm form) {
        editable(setId);
        CriteriaRules rules = new CriteriaRules();
        rules.setName("name", form.name());
        rules.surveyPoints(form.surveyPoints());
        rules.check();
        setRows.updateHeader(setId, form.name().strip(), form.surveyPoints());
    }

    /**
     * Adds a node under the set (a field) or under a node. A node that gets its first child stops being scored: its
     * maximum becomes its children's sum, so its own maximum and step are cleared.
     */
    public long addNode(long setId, CriterionForm form) {
        editable(setId);
        CriteriaTree tree = sets.tree(setId);
        CriteriaRules rules = new CriteriaRules();
        Criterion parent = form.parentId() == null ? null : tree.find(form.parentId()).orElse(null);
        int level = parent == null ? 1 : parent.level() + 1;
        String code = "";
        if (form.parentId() != null && parent == null) {
            rules.add(new RuleViolationException("parentId", "criteria.parent.missing"));
        } else if (level > CriteriaRules.LEVELS) {
            rules.add(new RuleViolationException("parentId", "criteria.level.tooDeep"));
        } else {
            code = rules.code(form.code(), parent, level, tree, null);
        }
        rules.nodeName(form.name());
        rules.points(form.maxPoints(), form.step());
        rules.check();
        if (parent != null && parent.scored()) {
            criteria.updatePoints(parent.id(), null, null);
        }
        return criteria.insert(setId, form.parentId(), level, code, form.name().strip(), form.maxPoints(),
                form.step());
    }

    /**
     * Changes a node's code, name and, when it is scored, its maximum and step. A new code carries the nodes under
     * it along: "1.2" becoming "1.3" makes "1.2.1" "1.3.1".
     */
    public void updateNode(long setId, long nodeId, CriterionForm form) {
        editable(setId);
        CriteriaTree tree = sets.tree(setId);
        Criterion node = node(tree, nodeId);
        Criterion parent = node.parentId() == null ? null : tree.find(node.parentId()).orElseThrow();
        CriteriaRules rules = new CriteriaRules();
        String code = rules.code(form.code(), parent, node.level(), tree, node);
        rules.nodeName(form.name());
        if (node.scored()) {
            rules.points(form.maxPoints(), form.step());
        }
        List<Criterion> below = below(tree, node);
        if (!code.equals(node.code())) {
            below.stream().map(child -> code + child.code().substring(node.code().length()))
                    .filter(moved -> tree.nodes().stream()
                            .anyMatch(other -> other.code().equals(moved) && !below.contains(other)))
                    .findFirst().ifPresent(moved -> rules.add(
                            new RuleViolationException("code", "criteria.code.childTaken", moved)));
        }
        rules.check();
        criteria.update(nodeId, code, form.name().strip(), node.scored() ? form.maxPoints() : null,
                node.scored() ? form.step() : null);
        if (!code.equals(node.code()) && !below.isEmpty()) {
            criteria.recodeBelow(setId, node.code(), code);
        }
    }

    /**
     * Deletes a node with everything under it and its waivers. A parent left without children is scored again, on
     * the points it had: the deleted node's.
     */
    public void deleteNode(long setId, long nodeId) {
        editable(setId);
        CriteriaTree tree = sets.tree(setId);
        Criterion node = node(tree, nodeId);
        if (node.parentId() != null && tree.childrenOf(node.parentId()).size() == 1) {
            BigDecimal max = tree.maxOf(node, Set.of());
            criteria.updatePoints(node.parentId(), max.signum() > 0 ? max : null, node.scored() ? node.step() : null);
        }
        criteria.delete(nodeId);
    }

    /** Moves a node one place up or down among its siblings; the first stays first, the last last. */
    public void move(long setId, long nodeId, boolean up) {
        editable(setId);
        CriteriaTree tree = sets.tree(setId);
        Criterion node = node(tree, nodeId);
        List<Criterion> siblings = new ArrayList<>(
                node.parentId() == null ? tree.fields() : tree.childrenOf(node.parentId()));
        int from = siblings.indexOf(node);
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.set(from, siblings.get(to));
        siblings.set(to, node);
        List<CriterionRepository.Position> positions = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            positions.add(new CriterionRepository.Position(siblings.get(i).id(), i + 1));
        }
        criteria.moveTo(positions);
    }

    /** Makes a criterion (of any level, with everything under it) not apply to a unit of the set's kind. */
    public void waive(long setId, WaiverForm form) {
        CriteriaSet set = editable(setId);
        CriteriaRules rules = new CriteriaRules();
        UnitView unit = form.unitId() == null ? null : units.find(form.unitId()).orElse(null);
        if (unit == null) {
            rules.add(new RuleViolationException("unitId", "criteria.waiver.unit.required"));
        } else if (AssessedKind.of(unit.kind()) != set.kind()) {
            rules.add(new RuleViolationException("unitId", "criteria.waiver.unit.kind"));
        }
        if (form.criterionId() == null || sets.tree(setId).find(form.criterionId()).isEmpty()) {
            rules.add(new RuleViolationException("criterionId", "criteria.waiver.criterion.required"));
        }
        rules.check();
        if (!criteria.waive(form.criterionId(), form.unitId())) {
            throw new RuleViolationException("criterionId", "criteria.waiver.exists");
        }
    }

    /** The criterion applies to the unit again. */
    public void removeWaiver(long setId, long unitId, long criterionId) {
        editable(setId);
        criteria.removeWaiver(setId, unitId, criterionId);
    }

    /**
     * The set, locked until the change is committed, when no assessment uses it. An assessment row referring to the
     * set key-share locks the set's row (its foreign key), so no set comes into use halfway through a change.
     */
    private CriteriaSet editable(long setId) {
        CriteriaSet set = lock(setId);
        int assessments = sets.assessments(setId);
        if (assessments > 0) {
            throw new RuleViolationException(null, "criteria.set.inUse", String.valueOf(assessments));
        }
        return set;
    }

    private CriteriaSet lock(long setId) {
        return setRows.lock(setId).orElseThrow(() -> new NotFoundException("Criteria set", setId));
    }

    private void refuseTaken(String field, int year, AssessedKind kind) {
        if (sets.current(year, kind).isPresent()) {
            throw CriteriaRules.setExists(field, year, kind);
        }
    }

    private long insertSet(String yearField, int year, AssessedKind kind, int version, String name,
            BigDecimal surveyPoints, CurrentUser coordinator) {
        try {
            return setRows.insert(year, kind, version, name, surveyPoints, coordinator.fullName(), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw CriteriaRules.setExists(yearField, year, kind);
        }
    }

    private static Criterion node(CriteriaTree tree, long nodeId) {
        return tree.find(nodeId).orElseThrow(() -> new NotFoundException("Criterion", nodeId));
    }

    /** The nodes under a node, at any depth. */
    private static List<Criterion> below(CriteriaTree tree, Criterion node) {
        List<Criterion> below = new ArrayList<>();
        for (Criterion child : tree.childrenOf(node.id())) {
            below.add(child);
            below.addAll(below(tree, child));
        }
        return below;
    }
}
