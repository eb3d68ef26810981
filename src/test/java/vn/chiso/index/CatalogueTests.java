package vn.chiso.index;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped trees, and the changes coordinators make to them. */
@ChisoTest
class CatalogueTests {

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    TestData data;

    @Test
    void theFourIndicesAreShippedWithTheirTrees() {
        assertThat(catalogue.indices()).extracting(IndexView::code).containsExactly("PAPI", "PAR_INDEX", "SIPAS", "PCI");
        Catalogue papi = catalogue.catalogue("PAPI");
        assertThat(papi.index().groups()).extracting(GroupLabel::nameVi)
                .containsExactly("Cao", "Trung bình cao", "Trung bình thấp", "Thấp");
        assertThat(papi.index().aggregate().scaleMax()).isEqualByComparingTo("80");
        assertThat(papi.indicators()).filteredOn(indicator -> indicator.depth() == 1).hasSize(8)
                .allSatisfy(dimension -> assertThat(dimension.scaleMax()).isEqualByComparingTo("10"));
        assertThat(catalogue.catalogue("PAR_INDEX").indicator("PAR_INDEX.F3")).get()
                .extracting(IndicatorView::nameVi).isEqualTo("Cải cách thủ tục hành chính");
        assertThat(catalogue.catalogue("PCI").indicator("PCI.S7")).get()
                .extracting(IndicatorView::nameEn).isEqualTo("Proactivity");
        assertThat(catalogue.catalogue("PCI").indicators()).filteredOn(indicator -> indicator.depth() == 1).hasSize(10);
        assertThat(catalogue.catalogue("SIPAS").indicator("SIPAS.A2.5")).isPresent();
        assertThat(papi.indicator("PAPI.D2.3")).get().extracting(IndicatorView::nameVi)
                .isEqualTo("Công khai thu, chi ngân sách cấp xã");
    }

    @Test
    void coordinatorsAddRenameRetireAndDeleteIndicatorsWithinTheRules() {
        Catalogue sipas = catalogue.catalogue("SIPAS");
        IndicatorView parent = sipas.indicator("SIPAS.A1").orElseThrow();
        String code = TestData.unique("SIPAS.A1.X");
        long id = catalogue.addIndicator("SIPAS", form(code, parent.id(), "Mức độ hài lòng thử", null));
        catalogue.updateIndicator("SIPAS", id, form(code, parent.id(), "Tên mới", data.unit(UnitKind.DEPARTMENT).id()));
        assertThat(catalogue.catalogue("SIPAS").indicator(code)).get().extracting(IndicatorView::nameVi)
                .isEqualTo("Tên mới");

        catalogue.retire("SIPAS", id);
        assertThat(catalogue.catalogue("SIPAS").active()).extracting(IndicatorView::code).doesNotContain(code);
        catalogue.reactivate("SIPAS", id);
        catalogue.delete("SIPAS", id);
        assertThat(catalogue.catalogue("SIPAS").indicator(code)).isEmpty();
    }

    @Test
    void anIndicatorWithResultsIsNeverDeletedAndTheAggregateIsFixed() {
        Catalogue papi = catalogue.catalogue("PAPI");
        long dimension = papi.indicator("PAPI.D8").orElseThrow().id();
        assertThatThrownBy(() -> catalogue.delete("PAPI", dimension)).hasMessage("indicator.delete.hasResults");
        assertThatThrownBy(() -> catalogue.retire("PAPI", papi.index().aggregate().id()))
                .hasMessage("indicator.aggregate.fixed");
        IndicatorForm narrower = new IndicatorForm("PAPI.D8", papi.index().aggregate().id(), "Quản trị điện tử",
                "E-Governance", BigDecimal.ONE, new BigDecimal("3"), BigDecimal.ONE, null, 8);
        assertThatThrownBy(() -> catalogue.updateIndicator("PAPI", dimension, narrower))
                .hasMessage("indicator.scale.excludesResults");
    }

    @Test
    void codesBelongToTheirIndexAndAreUnique() {
        long parent = catalogue.catalogue("PCI").index().aggregate().id();
        assertThatThrownBy(() -> catalogue.addIndicator("PCI", form("PAPI.X1", parent, "Sai tiền tố", null)))
                .hasMessage("indicator.code.prefix");
        assertThatThrownBy(() -> catalogue.addIndicator("PCI", form("PCI.S7", parent, "Trùng", null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("indicator.code.taken"));
    }

    @Test
    void groupsAreEditedAsTwoListsOfTheSameLength() {
        IndexForm current = IndexForm.of(catalogue.index("PCI"));
        assertThatThrownBy(() -> catalogue.updateIndex("PCI", new IndexForm(current.nameVi(), current.nameEn(),
                current.publisher(), current.measure(), true, "Rất tốt\nTốt", "Very good")))
                .hasMessage("index.groups.mismatch");
        catalogue.updateIndex("PCI", current);
        assertThat(catalogue.index("PCI").groups()).hasSize(4);
    }

    private static IndicatorForm form(String code, long parentId, String name, Long leadUnitId) {
        return new IndicatorForm(code, parentId, name, "Test name", BigDecimal.ZERO, new BigDecimal("100"), null,
                leadUnitId, 9);
    }
}
