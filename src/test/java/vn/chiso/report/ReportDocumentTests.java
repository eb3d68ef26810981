package vn.chiso.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * A unit's report carries what its signed document carries (seed 000): subject, signer, distribution list and the
 * signed PDF, through the form, the report and review page and the history; and the form's posts that used to fail.
 */
@ChisoTest
class ReportDocumentTests {

    private static final String SUBJECT = "báo cáo kết quả thực hiện cải thiện và nâng cao Chỉ số Hiệu quả Quản trị"
            + " và hành chính công tỉnh Khánh Hoà";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ProgressReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void theSubjectSignerRecipientsAndSignedPdfAreSavedAndShownToTheReviewerAndInTheHistory() throws Exception {
        Setup setup = setup();
        long id = open(setup);
        assertThat(mvc.post().uri("/reports/{id}", id).multipart().params(form(id, "save", "", "", "", ""))
                .with(as(setup.officerA())).with(csrf()).exchange()).hasStatus3xxRedirection();

        MvcTestResult saved = mvc.post().uri("/reports/{id}", id).multipart()
                .file(file("signedDocument", "3215-STC-VP.pdf", pdf("bản ký")))
                .params(form(id, "save", "V/v " + SUBJECT, "KT. GIÁM ĐỐC\r\nPHÓ GIÁM ĐỐC", "Vĩnh Thông",
                        "- Như trên;\r\n\r\n- Lưu: VT, VP.(thao)"))
                .with(as(setup.officerA())).with(csrf()).exchange();
        assertThat(saved).hasRedirectedUrl("/reports/" + id + "/edit");

        ReportHeader header = reports.header(id);
        assertThat(header.subject()).as("stored without its V/v").isEqualTo(SUBJECT);
        assertThat(header.signerTitleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(header.signerName()).isEqualTo("Vĩnh Thông");
        assertThat(header.recipients()).isEqualTo("Như trên;\nLưu: VT, VP.(thao)");
        assertThat(reports.get(id).signedDocument().fileName()).isEqualTo("3215-STC-VP.pdf");
        assertThat(evidenceOf(reports.get(id))).as("not a task's evidence").isZero();

        Document edit = Jsoup.parse(page(setup.officerA(), "/reports/" + id + "/edit"));
        assertThat(edit.getElementById("subject").val()).isEqualTo(SUBJECT);
        assertThat(edit.getElementById("signerTitle").val()).isEqualTo("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        assertThat(edit.getElementById("signerName").val()).isEqualTo("Vĩnh Thông");
        assertThat(edit.getElementById("recipients").val()).isEqualTo("Như trên;\nLưu: VT, VP.(thao)");
        assertThat(edit.select("#signed-document .signed-file a").text()).isEqualTo("3215-STC-VP.pdf");

        Document review = Jsoup.parse(page(setup.coordinator(), "/reports/" + id));
        assertThat(review.select("#document .subject").text()).isEqualTo("V/v " + SUBJECT);
        assertThat(review.select("#document .signer span").eachText())
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vĩnh Thông");
        assertThat(review.select("#document .recipients li").eachText())
                .containsExactly("- Như trên;", "- Lưu: VT, VP.(thao)");
        String link = review.select("#document .signed-document a").attr("href");
        assertThat(link).isEqualTo("/reports/" + id + "/evidence/" + reports.get(id).signedDocument().id());
        MvcTestResult download = mvc.get().uri(link).with(as(setup.coordinator())).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf("bản ký"));

        assertThat(changesOfLatest(setup.officerA(), id)).contains(
                "Trích yếu: V/v " + SUBJECT + ".", "Người ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, Vĩnh Thông.",
                "Nơi nhận: Như trên; Lưu: VT, VP.(thao).", "Đính kèm văn bản đã ký \"3215-STC-VP.pdf\".");
        assertThat(page(setup.coordinator(), "/reports/" + id + "/versions/2"))
                .contains("V/v " + SUBJECT, "PHÓ GIÁM ĐỐC", "Vĩnh Thông", "- Lưu: VT, VP.(thao)", "3215-STC-VP.pdf");
    }

    @Test
    void theSignedPdfIsReplacedAndRemovedWhileEditableAndEachVersionKeepsItsOwn() throws Exception {
        Setup setup = setup();
        long id = open(setup);
        post(setup.officerA(), id, "save", file("signedDocument", "ban-dau.pdf", pdf("bản đầu")));
        long first = reports.get(id).signedDocument().id();

        post(setup.officerA(), id, "save", file("signedDocument", "ban-sua.pdf", pdf("bản sửa")));
        assertThat(reports.get(id).signedDocument().fileName()).isEqualTo("ban-sua.pdf");
        assertThat(changesOfLatest(setup.officerA(), id))
                .contains("Thay văn bản đã ký \"ban-dau.pdf\" bằng \"ban-sua.pdf\".");
        assertThat(mvc.get().uri("/reports/{id}/evidence/{e}", id, first).with(as(setup.coordinator())).exchange()
                .getResponse().getContentAsByteArray()).as("the first version's document is kept")
                .isEqualTo(pdf("bản đầu"));

        MultiValueMap<String, String> remove = form(id, "save", "", "", "", "");
        remove.add("removeSignedDocument", "true");
        assertThat(mvc.post().uri("/reports/{id}", id).multipart().params(remove).with(as(setup.officerA()))
                .with(csrf()).exchange()).hasRedirectedUrl("/reports/" + id + "/edit");
        assertThat(reports.get(id).signedDocument()).isNull();
        assertThat(changesOfLatest(setup.officerA(), id)).contains("Gỡ văn bản đã ký \"ban-sua.pdf\".");
        assertThat(Jsoup.parse(page(setup.coordinator(), "/reports/" + id)).select("#document .signed-document").text())
                .isEqualTo("Chưa đính kèm văn bản đã ký.");
    }

    @Test
    void aSignedDocumentThatIsNotAPdfIsRefusedWithWhatWasTypedKeptAndNothingSaved() throws Exception {
        Setup setup = setup();
        long id = open(setup);
        MvcTestResult refused = mvc.post().uri("/reports/{id}", id).multipart()
                .file(file("signedDocument", "bao-cao.docx", docx()))
                .params(form(id, "save", SUBJECT, "GIÁM ĐỐC", "Vĩnh Thông", "Như trên;"))
                .with(as(setup.officerA())).with(csrf()).exchange();
        assertThat(refused).hasStatusOk();
        Document page = Jsoup.parse(Pages.html(refused));
        assertThat(page.select("#signed-document .invalid-feedback p").text())
                .isEqualTo("Tệp \"bao-cao.docx\" không phải PDF: văn bản đã ký phải là tệp PDF.");
        assertThat(page.getElementById("signedDocument").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("subject").val()).isEqualTo(SUBJECT);
        assertThat(page.getElementById("signerName").val()).isEqualTo("Vĩnh Thông");
        assertThat(reports.header(id).signerName()).isNull();
        assertThat(reports.get(id).signedDocument()).isNull();
    }

    @Test
    void theAutomaticSaveKeepsTheSubjectSignerAndRecipients() {
        Setup setup = setup();
        long id = open(setup);
        assertThat(mvc.post().uri("/reports/{id}/autosave", id).multipart()
                .params(form(id, "save", SUBJECT, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Vĩnh Thông", "Như trên;\nLưu: VT."))
                .with(as(setup.officerA())).with(csrf()).exchange()).hasStatusOk();
        ReportHeader header = reports.header(id);
        assertThat(header.subject()).isEqualTo(SUBJECT);
        assertThat(header.signerTitleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(header.signerName()).isEqualTo("Vĩnh Thông");
        assertThat(header.recipientLines()).containsExactly("Như trên;", "Lưu: VT.");
    }

    @Test
    void anotherUnitsOfficerGetsNotFoundForTheSignedPdf() throws Exception {
        Setup setup = setup();
        long id = open(setup);
        post(setup.officerA(), id, "save", file("signedDocument", "ky.pdf", pdf("ký")));
        String link = "/reports/" + id + "/evidence/" + reports.get(id).signedDocument().id();
        assertThat(mvc.get().uri(link).with(as(setup.officerB())).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(link).with(as(setup.officerA())).exchange()).hasStatusOk();
    }

    @Test
    void theSameSubmissionSentTwiceByItsOfficerAnswersWithTheSubmittedReportAndIsRecordedOnce() {
        Setup setup = setup();
        long id = open(setup);
        MultiValueMap<String, String> submission = form(id, "submit", SUBJECT, "GIÁM ĐỐC", "Vĩnh Thông", "");
        for (int click = 1; click <= 2; click++) {
            MvcTestResult answer = mvc.post().uri("/reports/{id}", id).multipart().params(submission)
                    .with(as(setup.officerA())).with(csrf()).exchange();
            assertThat(answer).as("click " + click).hasRedirectedUrl("/reports/" + id).flash()
                    .containsEntry("success", "report.submitted");
        }
        assertThat(reports.header(id).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(events(id)).containsExactly("SAVED", "SUBMITTED");

        // the same form from someone else of the unit is what it always was: a conflict, nothing saved
        UserRow colleague = data.account(Role.OFFICER, setup.unitA().id());
        MvcTestResult conflict = mvc.post().uri("/reports/{id}", id).multipart().params(submission)
                .with(as(colleague)).with(csrf()).exchange();
        assertThat(conflict).hasStatusOk();
        assertThat(Pages.html(conflict)).contains("đang chờ xem xét nên không sửa được nữa");
        assertThat(events(id)).containsExactly("SAVED", "SUBMITTED");
    }

    @Test
    void aFormPostedWithAGapInItsEntriesSavesTheEntriesItHolds() {
        Setup setup = setup();
        long id = open(setup);
        List<EntryView> entries = reports.get(id).entries();
        assertThat(entries).hasSize(2);
        MultiValueMap<String, String> gap = new LinkedMultiValueMap<>();
        gap.add("action", "save");
        gap.add("version", String.valueOf(reports.header(id).version()));
        gap.add("entries[0].taskId", String.valueOf(entries.get(0).task().id()));
        gap.add("entries[0].status", "IN_PROGRESS");
        gap.add("entries[0].percent", "30");
        gap.add("entries[0].done", "Đã quán triệt đến 50 công chức.");
        gap.add("entries[2].taskId", String.valueOf(entries.get(1).task().id()));
        gap.add("entries[2].status", "IN_PROGRESS");
        gap.add("entries[2].percent", "45");
        gap.add("entries[2].done", "Đã ban hành hướng dẫn.");

        assertThat(mvc.post().uri("/reports/{id}", id).multipart().params(gap).with(as(setup.officerA()))
                .with(csrf()).exchange()).hasRedirectedUrl("/reports/" + id + "/edit");
        List<EntryView> saved = reports.get(id).entries();
        assertThat(saved).extracting(EntryView::done)
                .containsExactly("Đã quán triệt đến 50 công chức.", "Đã ban hành hướng dẫn.");
        assertThat(saved).extracting(EntryView::percent).containsExactly(30, 45);
    }

    private Setup setup() {
        return fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
    }

    private long open(Setup setup) {
        assertThat(mvc.post().uri("/periods/{id}/reports", setup.period().id()).with(as(setup.officerA()))
                .with(csrf()).exchange()).hasStatus3xxRedirection();
        return reports.find(setup.period().id(), setup.unitA().id()).orElseThrow().id();
    }

    private void post(UserRow officer, long id, String action, MockMultipartFile signed) {
        assertThat(mvc.post().uri("/reports/{id}", id).multipart().file(signed)
                .params(form(id, action, SUBJECT, "GIÁM ĐỐC", "Vĩnh Thông", "Như trên;")).with(as(officer))
                .with(csrf()).exchange()).hasRedirectedUrl("/reports/" + id + "/edit");
    }

    /** The whole form as the page sends it, with every entry as stored. */
    private MultiValueMap<String, String> form(long id, String action, String subject, String signerTitle,
            String signerName, String recipients) {
        ReportView report = reports.get(id);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", action);
        form.add("documentNumber", "3215/STC-VP");
        form.add("documentDate", "27/9/2023");
        form.add("subject", subject);
        form.add("addressee", "Sở Nội vụ");
        form.add("signerTitle", signerTitle);
        form.add("signerName", signerName);
        form.add("recipients", recipients);
        form.add("version", String.valueOf(report.header().version()));
        for (int i = 0; i < report.entries().size(); i++) {
            EntryView entry = report.entries().get(i);
            form.add("entries[" + i + "].taskId", String.valueOf(entry.task().id()));
            form.add("entries[" + i + "].status", "IN_PROGRESS");
            form.add("entries[" + i + "].percent", "50");
            form.add("entries[" + i + "].done", "Đang thực hiện.");
        }
        return form;
    }

    /** What the history says changed in the latest version. */
    private List<String> changesOfLatest(UserRow user, long id) {
        return Jsoup.parse(page(user, "/reports/" + id + "/versions")).select(".version").first().select(".changes li")
                .eachText();
    }

    private List<String> events(long id) {
        return jdbc.queryForList("select event from report_version where report_id = ? order by number", String.class,
                id);
    }

    private String page(UserRow user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    private static MockMultipartFile file(String field, String name, byte[] content) {
        return new MockMultipartFile(field, name, "application/octet-stream", content);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The files attached to a report's entries, as its page lists them. */
    private static int evidenceOf(ReportView report) {
        return report.entries().stream().mapToInt(entry -> entry.evidence().size()).sum();
    }
}
