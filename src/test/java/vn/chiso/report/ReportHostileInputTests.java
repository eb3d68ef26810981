package vn.chiso.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.report.ReportFixtures.Setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * What an officer's form refuses without a 500: control characters (a NUL, which PostgreSQL cannot store) beside
 * their field with everything else kept, and entries posted with a gap or an index past what a form can hold.
 */
@ChisoTest
class ReportHostileInputTests {

    private static final String CONTROL_MESSAGE =
            "Có ký tự điều khiển không in được (như NUL) nên chưa lưu; các ký tự đó đã được bỏ đi, hãy xem lại rồi gửi lại.";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ProgressReports reports;

    @Test
    void aNulInAnEntryIsRefusedBesideItsFieldAndTheRestOfTheFormComesBackAsTyped() {
        Setup setup = setup();
        long id = open(setup);
        MultiValueMap<String, String> form = form(id, "save");
        form.set("entries[1].done", "Đã ban hành\u0000 hướng dẫn.");
        form.set("subject", "Báo cáo quý III");

        MvcTestResult refused = mvc.post().uri("/reports/{id}", id).multipart().params(form)
                .with(as(setup.officerA())).with(csrf()).exchange();

        assertThat(refused).hasStatusOk();
        Document page = Jsoup.parse(Pages.html(refused));
        assertThat(page.getElementById("entries1.done").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("entries[1].done-error").text())
                .isEqualTo(CONTROL_MESSAGE);
        assertThat(page.getElementById("entries1.done").val()).isEqualTo("Đã ban hành hướng dẫn.");
        assertThat(page.getElementById("entries0.done").val()).isEqualTo("Đang thực hiện.");
        assertThat(page.getElementById("subject").val()).isEqualTo("Báo cáo quý III");
        assertThat(reports.get(id).entries()).extracting(EntryView::done).containsOnlyNulls();
    }

    @Test
    void aNulOrAnotherControlCharacterInAnAutomaticSaveIsRefusedWithItsFieldAndNothingIsSaved() throws Exception {
        Setup setup = setup();
        long id = open(setup);
        int version = reports.header(id).version();
        for (String typed : List.of("a\u0000b", "chuông\u0007", "xoá\u007f", "C1\u0085")) {
            MultiValueMap<String, String> form = form(id, "save");
            form.set("documentNumber", typed);
            MvcTestResult refused = mvc.post().uri("/reports/{id}/autosave", id).multipart().params(form)
                    .with(as(setup.officerA())).with(csrf()).exchange();
            assertThat(refused).as(typed).hasStatus(422);
            assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"fields\":{\"documentNumber\":\"" + CONTROL_MESSAGE + "\"}");
        }
        assertThat(reports.header(id).version()).isEqualTo(version);
        assertThat(reports.header(id).documentNumber()).isNull();
    }

    @Test
    void tabsAndLineBreaksAreKeptInTheTextOfAnEntry() {
        Setup setup = setup();
        long id = open(setup);
        MultiValueMap<String, String> form = form(id, "save");
        form.set("entries[0].done", "Đã làm:\r\n\t- quán triệt;\n\t- hướng dẫn.");
        assertThat(mvc.post().uri("/reports/{id}/autosave", id).multipart().params(form)
                .with(as(setup.officerA())).with(csrf()).exchange()).hasStatusOk();
        assertThat(reports.get(id).entries().get(0).done()).contains("\t- quán triệt;");
    }

    @Test
    void anAutomaticSaveWithAGapInItsEntriesSavesTheEntriesItHolds() {
        Setup setup = setup();
        long id = open(setup);
        List<EntryView> entries = reports.get(id).entries();
        MultiValueMap<String, String> gap = new LinkedMultiValueMap<>();
        gap.add("version", String.valueOf(reports.header(id).version()));
        gap.add("entries[0].taskId", String.valueOf(entries.get(0).task().id()));
        gap.add("entries[0].done", "Mục đầu.");
        gap.add("entries[5].taskId", String.valueOf(entries.get(1).task().id()));
        gap.add("entries[5].done", "Mục sau khoảng trống.");

        assertThat(mvc.post().uri("/reports/{id}/autosave", id).multipart().params(gap).with(as(setup.officerA()))
                .with(csrf()).exchange()).hasStatusOk();
        assertThat(reports.get(id).entries()).extracting(EntryView::done)
                .containsExactly("Mục đầu.", "Mục sau khoảng trống.");
    }

    @Test
    void anEntryIndexPastWhatAFormHoldsIsRefusedAndNothingIsSaved() {
        Setup setup = setup();
        long id = open(setup);
        int version = reports.header(id).version();
        for (String index : List.of("256", "300", "99999999999")) {
            MultiValueMap<String, String> form = form(id, "save");
            form.add("entries[" + index + "].done", "x");
            assertThat(mvc.post().uri("/reports/{id}/autosave", id).multipart().params(form)
                    .with(as(setup.officerA())).with(csrf()).exchange()).as(index).hasStatus(400);
            assertThat(mvc.post().uri("/reports/{id}", id).multipart().params(form)
                    .with(as(setup.officerA())).with(csrf()).exchange()).as(index).hasStatus(400);
        }
        assertThat(reports.header(id).version()).isEqualTo(version);
    }

    private Setup setup() {
        return fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
    }

    private long open(Setup setup) {
        assertThat(mvc.post().uri("/periods/{id}/reports", setup.period().id()).with(as(setup.officerA()))
                .with(csrf()).exchange()).hasStatus3xxRedirection();
        return reports.find(setup.period().id(), setup.unitA().id()).orElseThrow().id();
    }

    /** The whole form as the page sends it, every entry in progress. */
    private MultiValueMap<String, String> form(long id, String action) {
        ReportView report = reports.get(id);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", action);
        form.add("documentNumber", "3215/STC-VP");
        form.add("documentDate", "27/9/2023");
        form.add("addressee", "Sở Nội vụ");
        form.add("version", String.valueOf(report.header().version()));
        for (int i = 0; i < report.entries().size(); i++) {
            form.add("entries[" + i + "].taskId", String.valueOf(report.entries().get(i).task().id()));
            form.add("entries[" + i + "].status", "IN_PROGRESS");
            form.add("entries[" + i + "].percent", "50");
            form.add("entries[" + i + "].done", "Đang thực hiện.");
        }
        return form;
    }
}
