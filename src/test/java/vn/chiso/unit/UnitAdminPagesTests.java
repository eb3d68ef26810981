package vn.chiso.unit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** The administrator's unit pages as a browser receives them. */
@ChisoTest
class UnitAdminPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    UnitService units;

    private UserRow admin;

    @BeforeEach
    void admin() {
        admin = data.account(Role.ADMIN);
    }

    @Test
    void theListShowsTheDemoUnitsOfKhanhHoaAsATree() {
        assertThat(mvc.get().uri("/admin/units").with(as(admin))).hasStatusOk().bodyText()
                .contains("Sở Nội vụ", "Sở Tài chính", "Công an tỉnh Khánh Hòa", "Ủy ban nhân dân huyện Diên Khánh")
                .contains("class=\"depth-1\"");
    }

    @Test
    void theListFiltersByKindAndByNameTypedWithoutDiacritics() {
        assertThat(mvc.get().uri("/admin/units?q=dien an").with(as(admin))).bodyText()
                .contains("Ủy ban nhân dân xã Diên An").doesNotContain("Sở Nội vụ");
        assertThat(mvc.get().uri("/admin/units?kind=DISTRICT").with(as(admin))).bodyText()
                .contains("Ủy ban nhân dân huyện Cam Lâm").doesNotContain("Ủy ban nhân dân xã Diên An");
    }

    @Test
    void aFormWithMistakesComesBackWithVietnameseMessagesNextToTheFieldsAndTheTypedValues() {
        MvcTestResult result = mvc.post().uri("/admin/units").with(as(admin)).with(csrf())
                .param("code", "mã có dấu").param("name", "Trung tâm Phục vụ hành chính công")
                .param("shortName", "").param("kind", "").exchange();

        assertThat(result).hasStatusOk();
        assertThat(Pages.html(result))
                .contains("Mã đơn vị chỉ gồm chữ không dấu, số và các dấu . _ -")
                .contains("Vui lòng nhập tên ngắn.")
                .contains("Vui lòng chọn loại đơn vị.")
                .contains("value=\"mã có dấu\"")
                .contains("value=\"Trung tâm Phục vụ hành chính công\"")
                .contains("is-invalid")
                .containsOnlyOnce("name=\"code\"")
                .containsOnlyOnce("name=\"name\"");
    }

    @Test
    void aTakenCodeIsReportedOnTheCodeField() {
        assertThat(mvc.post().uri("/admin/units").with(as(admin)).with(csrf())
                .param("code", "snv").param("name", "Sở trùng mã").param("shortName", "Trùng").param("kind", "DEPARTMENT"))
                .hasStatusOk().bodyText().contains("Mã SNV đã được dùng cho một đơn vị khác.");
    }

    @Test
    void aValidFormCreatesTheUnitAndRedirectsWithAMessage() {
        String code = TestData.unique("TTPV");
        MvcTestResult result = mvc.post().uri("/admin/units").with(as(admin)).with(csrf())
                .param("code", code).param("name", "Trung tâm Phục vụ hành chính công tỉnh")
                .param("shortName", "TTPVHCC").param("kind", "OTHER_PROVINCIAL").exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/units")
                .flash().containsEntry("success", "unit.created");
        assertThat(units.findByCode(code)).get().extracting(UnitView::name)
                .isEqualTo("Trung tâm Phục vụ hành chính công tỉnh");
    }

    @Test
    void editingChangesTheUnitAndDeactivatingIsRefusedWhileChildrenAreActive() {
        UnitView district = data.unit(UnitKind.DISTRICT);
        data.unit(UnitKind.COMMUNE, district.id());

        assertThat(mvc.post().uri("/admin/units/{id}", district.id()).with(as(admin)).with(csrf())
                .param("code", district.code()).param("name", "UBND huyện đổi tên").param("shortName", "Đổi tên")
                .param("kind", "DISTRICT")).hasStatus(HttpStatus.FOUND);
        assertThat(units.get(district.id()).name()).isEqualTo("UBND huyện đổi tên");

        assertThat(mvc.post().uri("/admin/units/{id}/deactivate", district.id()).with(as(admin)).with(csrf()))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("failure", "unit.deactivate.hasActiveChildren");
        assertThat(units.get(district.id()).active()).isTrue();
    }

    @Test
    void theEditPageDeactivatesAUnitAndSaysSo() {
        UnitView commune = data.unit(UnitKind.COMMUNE, data.unit(UnitKind.DISTRICT).id());
        MvcTestResult result = mvc.post().uri("/admin/units/{id}/deactivate", commune.id()).with(as(admin))
                .with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/units/" + commune.id() + "/edit")
                .flash().containsEntry("success", "unit.deactivated");
        assertThat(units.get(commune.id()).active()).isFalse();

        MvcTestResult redirected = mvc.get().uri("/admin/units/{id}/edit", commune.id()).with(as(admin))
                .cookie(result.getResponse().getCookie("SESSION")).exchange();
        assertThat(redirected).hasStatusOk();
        assertThat(Pages.html(redirected)).contains("Đơn vị " + commune.name() + " đã ngừng hoạt động.");
    }

    @Test
    void aUnitThatDoesNotExistIsNotFound() {
        assertThat(mvc.get().uri("/admin/units/{id}/edit", Long.MAX_VALUE).with(as(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /** The list and the form read all units with one query, so 150 more units cost no more statements. */
    @Test
    void theUnitPagesRunAFixedNumberOfStatementsHoweverManyUnitsThereAre() {
        UnitView some = data.unit(UnitKind.DISTRICT);
        long listBefore = statements("/admin/units");
        long formBefore = statements("/admin/units/" + some.id() + "/edit");

        UnitView district = data.unit(UnitKind.DISTRICT);
        for (int i = 0; i < 150; i++) {
            data.unit(UnitKind.COMMUNE, district.id());
        }

        assertThat(statements("/admin/units")).isEqualTo(listBefore).isLessThanOrEqualTo(6);
        assertThat(statements("/admin/units/" + some.id() + "/edit")).isEqualTo(formBefore).isLessThanOrEqualTo(6);
    }

    private long statements(String page) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(page).with(as(admin))).hasStatusOk();
        return SqlStatements.count();
    }
}
