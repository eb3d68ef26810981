package vn.chiso.unit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that keep the tree of units sound, against the real database. */
@ChisoTest
class UnitServiceTests {

    @Autowired
    UnitService units;

    @Autowired
    TestData data;

    @Test
    void codesAreStoredInUpperCaseAndAreUniqueWhateverTheCase() {
        String code = TestData.unique("so-moi");
        long id = units.create(new UnitForm(" " + code + " ", "Sở Mới", "Sở Mới", UnitKind.DEPARTMENT, null));
        assertThat(units.get(id).code()).isEqualTo(code.toUpperCase(java.util.Locale.ROOT));

        assertThatThrownBy(() -> units.create(new UnitForm(code, "Sở Khác", "Sở Khác", UnitKind.DEPARTMENT, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.field()).isEqualTo("code");
                    assertThat(violation.messageKey()).isEqualTo("unit.code.taken");
                });
    }

    @Test
    void theTreeListsEveryUnitRightAfterItsParentOneLevelDeeper() {
        UnitView district = data.unit(UnitKind.DISTRICT);
        UnitView commune = data.unit(UnitKind.COMMUNE, district.id());

        var tree = units.tree();
        int districtAt = indexOf(tree, district.id());
        assertThat(tree.get(districtAt + 1).id()).isEqualTo(commune.id());
        assertThat(tree.get(districtAt + 1).depth()).isEqualTo(district.depth() + 1);
        assertThat(tree.get(districtAt + 1).parentName()).isEqualTo(district.name());
    }

    @Test
    void aUnitCannotMoveUnderItselfOrUnderOneOfItsDescendants() {
        UnitView department = data.unit(UnitKind.DEPARTMENT);
        UnitView agency = data.unit(UnitKind.OTHER_PROVINCIAL, department.id());
        UnitView office = data.unit(UnitKind.OTHER_PROVINCIAL, agency.id());

        assertThatThrownBy(() -> units.update(department.id(), moved(department, office.id())))
                .hasMessage("unit.parent.cycle");
        assertThatThrownBy(() -> units.update(department.id(), moved(department, department.id())))
                .hasMessage("unit.parent.cycle");
        assertThat(units.parentChoices(department.id())).extracting(UnitView::id)
                .doesNotContain(department.id(), agency.id(), office.id());
    }

    @Test
    void aCommuneSitsUnderADistrictOrUnderNothing() {
        UnitView department = data.unit(UnitKind.DEPARTMENT);
        assertThatThrownBy(() -> data.unit(UnitKind.COMMUNE, department.id()))
                .hasMessage("unit.parent.communeUnderDistrict");
        assertThat(data.unit(UnitKind.COMMUNE).parentId()).isNull();
    }

    @Test
    void aUnitWithActiveChildrenStaysActiveAndAnInactiveParentTakesNoNewChildren() {
        UnitView district = data.unit(UnitKind.DISTRICT);
        UnitView commune = data.unit(UnitKind.COMMUNE, district.id());

        assertThatThrownBy(() -> units.deactivate(district.id())).hasMessage("unit.deactivate.hasActiveChildren");

        units.deactivate(commune.id());
        units.deactivate(district.id());
        assertThat(units.get(district.id()).active()).isFalse();
        assertThat(units.activeTree()).extracting(UnitView::id).doesNotContain(district.id(), commune.id());
        assertThatThrownBy(() -> data.unit(UnitKind.COMMUNE, district.id())).hasMessage("unit.parent.inactive");
        assertThatThrownBy(() -> units.activate(commune.id())).hasMessage("unit.activate.parentInactive");

        units.activate(district.id());
        units.activate(commune.id());
        assertThat(units.get(commune.id()).active()).isTrue();
    }

    private static UnitForm moved(UnitView unit, Long parentId) {
        return new UnitForm(unit.code(), unit.name(), unit.shortName(), unit.kind(), parentId);
    }

    private static int indexOf(java.util.List<UnitView> tree, long id) {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("unit " + id + " missing from the tree");
    }
}
