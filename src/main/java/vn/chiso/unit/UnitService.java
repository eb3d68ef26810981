package vn.chiso.unit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.shared.VietnameseText;

/** Reads and changes the units of the province. Every read is one query, however many units there are. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;

    UnitService(UnitRepository units) {
        this.units = units;
    }

    /** All units, active or not, in tree order. */
    public List<UnitView> tree() {
        return new UnitTree(units.findAll()).views();
    }

    /**
     * The units the administrator's list shows, in tree order: optionally only one kind, only names or codes that
     * contain {@code q} (typed with or without diacritics), and inactive units only when asked for.
     */
    public List<UnitView> search(String q, UnitKind kind, boolean includeInactive) {
        String needle = StringUtils.hasText(q) ? VietnameseText.fold(q) : null;
        return tree().stream()
                .filter(unit -> includeInactive || unit.active())
                .filter(unit -> kind == null || unit.kind() == kind)
                .filter(unit -> needle == null || Stream.of(unit.code(), unit.name(), unit.shortName())
                        .anyMatch(text -> VietnameseText.fold(text).contains(needle)))
                .toList();
    }

    /** Active units in tree order, for choosing a unit in a form. */
    public List<UnitView> activeTree() {
        return tree().stream().filter(UnitView::active).toList();
    }

    public Optional<UnitView> find(long id) {
        return tree().stream().filter(unit -> unit.id() == id).findFirst();
    }

    public Optional<UnitView> findByCode(String code) {
        String wanted = normalizedCode(code);
        return tree().stream().filter(unit -> unit.code().equals(wanted)).findFirst();
    }

    public UnitView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Unit", id));
    }

    /** Active units that may become the parent of unit {@code id} (all active units for a new one). */
    public List<UnitView> parentChoices(Long id) {
        UnitTree tree = new UnitTree(units.findAll());
        Set<Long> excluded = id == null ? Set.of() : tree.subtree(id);
        return tree.views().stream()
                .filter(unit -> unit.active() && !excluded.contains(unit.id()))
                .toList();
    }

    @Transactional
    public long create(UnitForm form) {
        String code = normalizedCode(form.code());
        if (units.existsByCode(code)) {
            throw new RuleViolationException("code", "unit.code.taken", code);
        }
        checkParent(null, form, units.findAll());
        Unit unit = new Unit(code, form.name().strip(), form.shortName().strip(), form.kind(), form.parentId());
        return uniqueCode(code, () -> units.insert(unit));
    }

    @Transactional
    public void update(long id, UnitForm form) {
        existing(id);
        String code = normalizedCode(form.code());
        if (units.existsByCodeAndIdNot(code, id)) {
            throw new RuleViolationException("code", "unit.code.taken", code);
        }
        checkParent(id, form, units.findAll());
        Unit unit = new Unit(code, form.name().strip(), form.shortName().strip(), form.kind(), form.parentId());
        uniqueCode(code, () -> {
            units.update(id, unit);
            return id;
        });
    }

    /** A unit with active units under it stays active: its children would be left without a parent. */
    @Transactional
    public void deactivate(long id) {
        Unit unit = existing(id);
        if (new UnitTree(units.findAll()).hasActiveChildren(id)) {
            throw new RuleViolationException(null, "unit.deactivate.hasActiveChildren", unit.name());
        }
        units.setActive(id, false);
    }

    /** A unit comes back only under an active parent. */
    @Transactional
    public void activate(long id) {
        Unit unit = existing(id);
        if (unit.parentId() != null && !units.findById(unit.parentId()).map(Unit::active).orElse(false)) {
            throw new RuleViolationException(null, "unit.activate.parentInactive", unit.name());
        }
        units.setActive(id, true);
    }

    private Unit existing(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("Unit", id));
    }

    private void checkParent(Long id, UnitForm form, List<Unit> all) {
        if (form.parentId() == null) {
            return;
        }
        Unit parent = all.stream().filter(unit -> unit.id().equals(form.parentId())).findFirst()
                .orElseThrow(() -> new RuleViolationException("parentId", "unit.parent.unknown"));
        if (!parent.active()) {
            throw new RuleViolationException("parentId", "unit.parent.inactive", parent.name());
        }
        if (id != null && new UnitTree(all).subtree(id).contains(parent.id())) {
            throw new RuleViolationException("parentId", "unit.parent.cycle");
        }
        if (form.kind() == UnitKind.COMMUNE && parent.kind() != UnitKind.DISTRICT) {
            throw new RuleViolationException("parentId", "unit.parent.communeUnderDistrict");
        }
    }

    /** Two administrators may take the same code at once: the unique key decides and the second one is told. */
    private static long uniqueCode(String code, LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DataIntegrityViolationException raced) {
            throw new RuleViolationException("code", "unit.code.taken", code);
        }
    }

    private static String normalizedCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
