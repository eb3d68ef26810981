package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chiso.assessment.criteria.CriteriaFixtures.COORDINATOR;
import static vn.chiso.assessment.criteria.CriteriaFixtures.form;

/** The rules of editing criteria sets, on sets of years no other data uses; each test rolled back. */
@ChisoTest
@Transactional
class CriteriaEditingTests {

    @Autowired
    CriteriaEditing editing;

    @Autowired
    CriteriaSets sets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    private CriteriaFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CriteriaFixtures(editing, jdbc);
    }

    @Test
    void aParentsMaximumIsTheSumOfItsChildrenAndItsOwnIsClearedByTheFirstChild() {
        long set = fixtures.set(2031, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);
        long criterion = fixtures.node(set, field, "1.1", "4", "0.5");
        fixtures.node(set, criterion, "1.1.1", "1.5", "0.5");
        fixtures.node(set, criterion, "1.1.2", "2", null);
        fixtures.node(set, field, "1.2", "3", "1");
        fixtures.node(set, null, "2", "6.25", null);

        CriteriaTree tree = sets.tree(set);
        assertThat(tree.nodes()).extracting(Criterion::code).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2", "2");
        Map<String, Criterion> byCode = byCode(tree);
        assertThat(byCode.get("1").maxPoints()).isNull();
        assertThat(byCode.get("1.1").maxPoints()).isNull();
        assertThat(byCode.get("1.1").step()).isNull();
        assertThat(tree.maxOf(byCode.get("1.1"), Set.of())).isEqualByComparingTo("3.5");
        assertThat(tree.maxOf(byCode.get("1"), Set.of())).isEqualByComparingTo("6.5");
        assertThat(tree.selfMax(Set.of())).isEqualByComparingTo("12.75");
        assertThat(tree.scored()).extracting(Criterion::code).containsExactly("1.1.1", "1.1.2", "1.2", "2");

        CriteriaSetSummary summary = sets.summaries().stream().filter(one -> one.set().id() == set).findFirst()
                .orElseThrow();
        assertThat(summary.selfMax()).isEqualByComparingTo("12.75");
        assertThat(summary.total()).isEqualByComparingTo("44.75");
        assertThat(summary.scored()).isEqualTo(4);
        assertThat(summary.inUse()).isFalse();
    }

    @Test
    void deletingTheLastChildLeavesTheParentScoredOnThePointsItHad() {
        long set = fixtures.set(2032, AssessedKind.COMMUNE);
        long field = fixtures.node(set, null, "1", "10", null);
        long criterion = fixtures.node(set, field, "1.1", "4", "0.5");
        fixtures.node(set, criterion, "1.1.1", "1.5", "0.5");

        editing.deleteNode(set, field);
        assertThat(sets.tree(set).nodes()).isEmpty();

        long again = fixtures.node(set, null, "1", "10", null);
        long only = fixtures.node(set, again, "1.1", "4", "0.5");
        editing.deleteNode(set, only);
        Criterion field1 = sets.tree(set).nodes().get(0);
        assertThat(field1.scored()).isTrue();
        assertThat(field1.maxPoints()).isEqualByComparingTo("4");
        assertThat(field1.step()).isEqualByComparingTo("0.5");
    }

    @Test
    void aCopyToAnotherYearHasTheWholeTreeAndTheWaiversAndIsIndependentAfterwards() {
        UnitView commune = data.unit(UnitKind.COMMUNE);
        long source = fixtures.set(2033, AssessedKind.COMMUNE);
        long field = fixtures.node(source, null, "1", "10", null);
        long criterion = fixtures.node(source, field, "1.1", "4", "0.5");
        fixtures.node(source, criterion, "1.1.1", "1.5", "0.5");
        fixtures.node(source, criterion, "1.1.2", "2", null);
        fixtures.node(source, null, "2", "6", "2");
        editing.move(source, sets.tree(source).fields().get(1).id(), true);
        editing.waive(source, new WaiverForm(commune.id(), criterion));

        long copy = editing.copy(new CriteriaCopyForm(source, 2034, "Bộ tiêu chí cấp xã năm 2034"), COORDINATOR);

        CriteriaSet copied = sets.get(copy);
        assertThat(copied.year()).isEqualTo(2034);
        assertThat(copied.kind()).isEqualTo(AssessedKind.COMMUNE);
        assertThat(copied.version()).isEqualTo(1);
        assertThat(copied.name()).isEqualTo("Bộ tiêu chí cấp xã năm 2034");
        assertThat(copied.surveyPoints()).isEqualByComparingTo("32");
        CriteriaTree original = sets.tree(source);
        CriteriaTree tree = sets.tree(copy);
        assertThat(tree.nodes()).extracting(Criterion::code).containsExactly("2", "1", "1.1", "1.1.1", "1.1.2");
        assertThat(tree.nodes()).extracting(Criterion::code, Criterion::level, Criterion::name, Criterion::maxPoints,
                Criterion::step, Criterion::scored).containsExactlyElementsOf(original.nodes().stream().map(node ->
                tuple(node.code(), node.level(), node.name(), node.maxPoints(), node.step(), node.scored())).toList());
        assertThat(tree.nodes()).extracting(Criterion::id).doesNotContainAnyElementsOf(
                original.nodes().stream().map(Criterion::id).toList());
        Criterion copiedCriterion = byCode(tree).get("1.1");
        assertThat(sets.waived(copy, commune.id())).containsExactly(copiedCriterion.id());
        assertThat(tree.selfMax(sets.waived(copy, commune.id()))).isEqualByComparingTo("6");

        // changing the copy leaves the source as it was
        editing.deleteNode(copy, copiedCriterion.id());
        editing.updateNode(copy, byCode(tree).get("2").id(), form(null, "2", "8", "2"));
        assertThat(sets.tree(source).nodes()).hasSize(5);
        assertThat(sets.tree(source).selfMax(Set.of())).isEqualByComparingTo("9.5");
        assertThat(sets.waived(source, commune.id())).containsExactly(criterion);
    }

    @Test
    void aYearAndKindThatHaveASetGetNoOtherOneButANewVersion() {
        long set = fixtures.set(2035, AssessedKind.DISTRICT);
        fixtures.set(2035, AssessedKind.DEPARTMENT);

        assertThatThrownBy(() -> fixtures.set(2035, AssessedKind.DISTRICT)).isInstanceOf(RuleViolationException.class)
                .satisfies(refused -> assertThat(violation(refused).field()).isEqualTo("year"))
                .hasMessage("criteria.set.exists");
        assertThatThrownBy(() -> editing.copy(new CriteriaCopyForm(set, 2035, "Bản chép"), COORDINATOR))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(refused -> assertThat(violation(refused).field()).isEqualTo("targetYear"))
                .hasMessage("criteria.set.exists");
        assertThatThrownBy(() -> editing.newVersion(set, COORDINATOR)).hasMessage("criteria.version.notInUse");
    }

    @Test
    void aSetInUseRefusesEveryChangeAndItsNewVersionIsTheOneUnitsBeginningLaterGet() {
        UnitView department = data.unit(UnitKind.DEPARTMENT);
        long set = fixtures.set(2036, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);
        long criterion = fixtures.node(set, field, "1.1", "4", "1");
        editing.waive(set, new WaiverForm(department.id(), criterion));
        fixtures.use(set, 2036, department.id());

        List<Runnable> changes = List.of(
                () -> editing.updateHeader(set, new CriteriaHeaderForm("Tên khác", BigDecimal.TEN)),
                () -> editing.addNode(set, form(field, "1.2", "2", null)),
                () -> editing.updateNode(set, criterion, form(field, "1.1", "5", "1")),
                () -> editing.deleteNode(set, criterion),
                () -> editing.move(set, criterion, true),
                () -> editing.waive(set, new WaiverForm(department.id(), field)),
                () -> editing.removeWaiver(set, department.id(), criterion));
        changes.forEach(change -> assertThatThrownBy(change::run).isInstanceOf(RuleViolationException.class)
                .hasMessage("criteria.set.inUse"));
        assertThat(sets.tree(set).nodes()).extracting(Criterion::code, Criterion::maxPoints)
                .containsExactly(tuple("1", null), tuple("1.1", new BigDecimal("4.00")));

        long version = editing.newVersion(set, COORDINATOR);

        assertThat(sets.current(2036, AssessedKind.DEPARTMENT)).get().extracting(CriteriaSet::id).isEqualTo(version);
        assertThat(sets.get(version).version()).isEqualTo(2);
        assertThat(sets.tree(version).nodes()).extracting(Criterion::code).containsExactly("1", "1.1");
        Criterion copied = byCode(sets.tree(version)).get("1.1");
        assertThat(sets.waived(version, department.id())).containsExactly(copied.id());
        editing.updateNode(version, copied.id(), form(null, "1.1", "5", "1"));
        assertThat(sets.tree(version).selfMax(Set.of())).isEqualByComparingTo("5");
        assertThat(sets.tree(set).selfMax(Set.of())).isEqualByComparingTo("4");
        // only the latest version is copied again, and only once it is in use
        assertThatThrownBy(() -> editing.newVersion(set, COORDINATOR)).hasMessage("criteria.version.notLatest");
        assertThatThrownBy(() -> editing.newVersion(version, COORDINATOR)).hasMessage("criteria.version.notInUse");
    }

    @Test
    void codesMustBeUniqueOfTheRightLevelAndUnderTheParentsCode() {
        long set = fixtures.set(2037, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);
        long criterion = fixtures.node(set, field, "1.1", "4", null);
        long sub = fixtures.node(set, criterion, "1.1.1", "2", null);

        assertThat(refusedNode(set, field, "1.1", "2", null)).containsEntry("code", "criteria.code.taken");
        assertThat(refusedNode(set, field, "2.1", "2", null)).containsEntry("code", "criteria.code.parent");
        assertThat(refusedNode(set, field, "1", "2", null)).containsEntry("code", "criteria.code.level");
        assertThat(refusedNode(set, null, "2.1", "2", null)).containsEntry("code", "criteria.code.level");
        assertThat(refusedNode(set, null, "a.b", "2", null)).containsEntry("code", "criteria.code.pattern");
        assertThat(refusedNode(set, sub, "1.1.1.1", "1", null))
                .containsEntry("parentId", "criteria.level.tooDeep");
        assertThat(refusal(() -> editing.updateNode(set, sub, form(null, "1.1", "2", null))))
                .containsEntry("code", "criteria.code.level");
        // leading zeros make no other code
        assertThat(refusedNode(set, null, "01", "2", null)).containsEntry("code", "criteria.code.taken");
    }

    @Test
    void pointsMustBeAboveZeroWithTwoDecimalsAndAWholeNumberOfSteps() {
        long set = fixtures.set(2038, AssessedKind.DEPARTMENT);

        assertThat(refusedNode(set, null, "1", "2.5", "1")).containsEntry("step", "criteria.step.multiple");
        assertThat(refusedNode(set, null, "1", "1", "2")).containsEntry("step", "criteria.step.multiple");
        assertThat(refusedNode(set, null, "1", null, null))
                .containsEntry("maxPoints", "criteria.maxPoints.required");
        assertThat(refusedNode(set, null, "1", "0", null))
                .containsEntry("maxPoints", "criteria.points.positive");
        assertThat(refusedNode(set, null, "1", "1.255", null))
                .containsEntry("maxPoints", "criteria.points.decimals");
        assertThat(refusedNode(set, null, "1", "2", "-0.5")).containsEntry("step", "criteria.points.positive");
        // every mistake of a form at once
        assertThat(refusal(() -> editing.addNode(set, new CriterionForm(null, "", " ", null, null))))
                .containsOnlyKeys("code", "name", "maxPoints");
        CriteriaSetForm wrong = new CriteriaSetForm(1989, null, "", new BigDecimal("-1"));
        assertThat(refusal(() -> editing.create(wrong, COORDINATOR)))
                .containsEntry("year", "criteria.year.range").containsEntry("kind", "criteria.kind.required")
                .containsEntry("name", "criteria.setName.required")
                .containsEntry("surveyPoints", "criteria.points.negative");

        long field = fixtures.node(set, null, "1", "2.5", "0.5");
        assertThat(sets.tree(set).find(field).orElseThrow().maxPoints()).isEqualByComparingTo("2.5");
    }

    @Test
    void aNewCodeCarriesTheNodesBelowAlong() {
        long set = fixtures.set(2039, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);
        long criterion = fixtures.node(set, field, "1.1", "4", null);
        fixtures.node(set, criterion, "1.1.1", "2", null);
        fixtures.node(set, null, "2", "3", null);

        editing.updateNode(set, field, form(null, "3", "99", null));
        assertThat(sets.tree(set).nodes()).extracting(Criterion::code).containsExactly("3", "3.1", "3.1.1", "2");
        assertThat(sets.tree(set).find(field).orElseThrow().maxPoints()).as("a parent keeps no maximum").isNull();

        assertThat(refusal(() -> editing.updateNode(set, field, form(null, "2", null, null))))
                .containsEntry("code", "criteria.code.taken");
    }

    @Test
    void aWaiverLowersTheMaximumOfThatUnitOnly() {
        UnitView waived = data.unit(UnitKind.DEPARTMENT);
        UnitView other = data.unit(UnitKind.OTHER_PROVINCIAL);
        UnitView commune = data.unit(UnitKind.COMMUNE);
        long set = fixtures.set(2040, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);
        long criterion = fixtures.node(set, field, "1.1", "4", null);
        fixtures.node(set, field, "1.2", "3", null);
        fixtures.node(set, null, "2", "5", null);

        editing.waive(set, new WaiverForm(waived.id(), criterion));

        CriteriaTree tree = sets.tree(set);
        assertThat(tree.selfMax(sets.waived(set, waived.id()))).isEqualByComparingTo("8");
        assertThat(tree.selfMax(sets.waived(set, other.id()))).isEqualByComparingTo("12");
        assertThat(sets.waivers(set)).containsOnlyKeys(waived.id());

        editing.waive(set, new WaiverForm(other.id(), field));
        assertThat(sets.tree(set).selfMax(sets.waived(set, other.id()))).isEqualByComparingTo("5");
        assertThat(refusal(() -> editing.waive(set, new WaiverForm(waived.id(), criterion))))
                .containsEntry("criterionId", "criteria.waiver.exists");
        assertThat(refusal(() -> editing.waive(set, new WaiverForm(commune.id(), criterion))))
                .containsEntry("unitId", "criteria.waiver.unit.kind");

        editing.removeWaiver(set, waived.id(), criterion);
        assertThat(sets.waived(set, waived.id())).isEmpty();
    }

    @Test
    void nodesMoveAmongTheirSiblingsOnly() {
        long set = fixtures.set(2041, AssessedKind.DEPARTMENT);
        long first = fixtures.node(set, null, "1", "1", null);
        long a = fixtures.node(set, first, "1.1", "1", null);
        long b = fixtures.node(set, first, "1.2", "1", null);
        fixtures.node(set, null, "2", "1", null);

        editing.move(set, b, true);
        editing.move(set, first, false);
        editing.move(set, a, false);

        assertThat(sets.tree(set).nodes()).extracting(Criterion::code).containsExactly("2", "1", "1.2", "1.1");
    }

    private Map<String, String> refusedNode(long set, Long parentId, String code, String max, String step) {
        return refusal(() -> fixtures.node(set, parentId, code, max, step));
    }

    private static RuleViolationException violation(Throwable thrown) {
        return (RuleViolationException) thrown;
    }

    /** The fields and message keys a change is refused with, or nothing when it is accepted. */
    private static Map<String, String> refusal(Runnable change) {
        try {
            change.run();
            return Map.of();
        } catch (RuleViolationException refused) {
            MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
            refused.rejectIn(errors);
            return errors.getAllErrors().stream().collect(Collectors.toMap(
                    error -> error instanceof FieldError field ? field.getField() : "",
                    error -> error.getCode(), (one, two) -> one));
        }
    }

    private static Map<String, Criterion> byCode(CriteriaTree tree) {
        return tree.nodes().stream().collect(Collectors.toMap(Criterion::code, Function.identity()));
    }
}
