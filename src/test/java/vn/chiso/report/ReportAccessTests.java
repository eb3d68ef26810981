package vn.chiso.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * An officer reaches only their own unit's reports, by every URL; a leader reads accepted reports only; evidence is
 * recognised by its content.
 */
@ChisoTest
class ReportAccessTests {

    private static final String SECRET = "Nội dung nội bộ của đơn vị A";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ReportEditing editing;
    @Autowired
    ReportReview review;
    @Autowired
    ProgressReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerOfAnotherUnitCanNeitherReadNorChangeNorDownloadAnything() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        long id = writtenByA(setup, true);
        long evidenceId = jdbc.queryForObject("select id from evidence where report_id = ?", Long.class, id);
        UserRow intruder = setup.officerB();

        for (String uri : List.of("/reports/" + id, "/reports/" + id + "/edit", "/reports/" + id + "/versions",
                "/reports/" + id + "/versions/1", "/reports/" + id + "/evidence/" + evidenceId,
                "/units/" + setup.unitA().id() + "/reports")) {
            MvcTestResult result = mvc.get().uri(uri).with(as(intruder)).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isIn(403, 404);
            assertThat(result.getResponse().getContentAsByteArray().length == 0 ? "" : Pages.html(result))
                    .as(uri).doesNotContain(SECRET).doesNotContain("biên bản");
        }
        for (String uri : List.of("/reports/" + id, "/reports/" + id + "/autosave")) {
            MvcTestResult result = mvc.post().uri(uri).multipart().params(form(id, "Ghi đè của đơn vị B"))
                    .with(as(intruder)).with(csrf()).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isIn(403, 404);
        }
        for (String uri : List.of("/reports/" + id + "/accept", "/reports/" + id + "/return", "/reports/" + id + "/reopen")) {
            assertThat(mvc.post().uri(uri).param("comment", "x").with(as(intruder)).with(csrf()).exchange())
                    .as(uri).hasStatus(403);
        }
        ReportView after = reports.get(id);
        assertThat(after.entries().get(0).done()).isEqualTo(SECRET);
        assertThat(after.header().status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theOwnOfficerAndTheCoordinatorDownloadTheEvidenceAsUploaded() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        long id = writtenByA(setup, true);
        long evidenceId = jdbc.queryForObject("select id from evidence where report_id = ?", Long.class, id);
        for (UserRow reader : List.of(setup.officerA(), setup.coordinator())) {
            MvcTestResult file = mvc.get().uri("/reports/{id}/evidence/{e}", id, evidenceId).with(as(reader)).exchange();
            assertThat(file).hasStatusOk().hasContentType("application/pdf");
            assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(pdf());
            assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                    .contains("bi%C3%AAn-b%E1%BA%A3n.pdf");
        }
    }

    @Test
    void aRemovedFileLeavesTheReportButStaysForTheVersionThatListedIt() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        long id = writtenByA(setup, false);
        long evidenceId = jdbc.queryForObject("select id from evidence where report_id = ?", Long.class, id);
        ReportView report = reports.get(id);
        List<ReportForm.EntryForm> entries = report.entries().stream().map(entry -> new ReportForm.EntryForm(
                entry.task().id(), entry.status(), entry.done(), "", entry.explanation())).toList();
        editing.save(id, new ReportForm("9/DVA", "2/10/2023", null, report.header().version(),
                new ArrayList<>(entries), new ArrayList<>(List.of(evidenceId))), List.of(), setup.a());
        assertThat(evidenceOf(reports.get(id))).isZero();
        assertThat(mvc.get().uri("/reports/{id}/evidence/{e}", id, evidenceId).with(as(setup.officerA())).exchange())
                .hasStatusOk();
    }

    @Test
    void aLeaderReadsOnlyAcceptedReportsAndCannotReviewThem() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        long id = writtenByA(setup, true);
        assertThat(mvc.get().uri("/reports/{id}", id).with(as(setup.leader())).exchange()).hasStatus(404);
        review.accept(id, setup.coordinating());
        MvcTestResult accepted = mvc.get().uri("/reports/{id}", id).with(as(setup.leader())).exchange();
        assertThat(accepted).hasStatusOk();
        assertThat(Pages.html(accepted)).contains(SECRET).doesNotContain("/accept").doesNotContain("/reopen");
        assertThat(mvc.post().uri("/reports/{id}/reopen", id).param("comment", "x").with(as(setup.leader())).with(csrf())
                .exchange()).hasStatus(403);
    }

    @Test
    void aFileNamedPdfThatIsAProgramIsRefusedAndTheTextTypedStays() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        long id = editing.open(setup.period().id(), setup.a());
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        MockMultipartFile disguised = new MockMultipartFile("evidence-" + setup.tasksOfA().get(0).id(), "bao-cao.pdf",
                "application/pdf", program);
        MvcTestResult refused = mvc.post().uri("/reports/{id}", id).multipart().file(disguised)
                .params(form(id, "Đoạn văn vừa gõ")).with(as(setup.officerA())).with(csrf()).exchange();
        assertThat(refused).hasStatusOk();
        assertThat(Pages.html(refused)).contains("không phải PDF, DOCX, XLSX, JPG hay PNG").contains("Đoạn văn vừa gõ");
        assertThat(jdbc.queryForObject("select count(*) from evidence where report_id = ?", Integer.class, id)).isZero();

        MockMultipartFile misnamed = new MockMultipartFile("evidence-" + setup.tasksOfA().get(0).id(), "anh.png",
                "image/png", pdf());
        assertThat(Pages.html(mvc.post().uri("/reports/{id}", id).multipart().file(misnamed)
                .params(form(id, "Đoạn văn vừa gõ")).with(as(setup.officerA())).with(csrf()).exchange()))
                .contains("có nội dung là PDF");
    }

    private long writtenByA(Setup setup, boolean submit) {
        long id = editing.open(setup.period().id(), setup.a());
        ReportView report = reports.get(id);
        List<ReportForm.EntryForm> entries = new ArrayList<>();
        for (EntryView entry : report.entries()) {
            entries.add(new ReportForm.EntryForm(entry.task().id(), EntryStatus.DONE, SECRET, "", null));
        }
        List<vn.chiso.document.EvidenceFiles.Upload> uploads = new ArrayList<>();
        for (EntryView entry : report.entries()) {
            uploads.add(new vn.chiso.document.EvidenceFiles.Upload(entry.task().id(), "biên-bản.pdf",
                    vn.chiso.document.EvidenceType.PDF, pdf()));
        }
        editing.save(id, new ReportForm("9/DVA", "2/10/2023", null, report.header().version(), entries, null),
                uploads.subList(0, 1), setup.a());
        if (submit) {
            // the other entries are done without evidence: explained
            ReportView saved = reports.get(id);
            List<ReportForm.EntryForm> explained = new ArrayList<>();
            for (EntryView entry : saved.entries()) {
                explained.add(new ReportForm.EntryForm(entry.task().id(), EntryStatus.DONE, SECRET, "",
                        "Tài liệu lưu tại đơn vị."));
            }
            editing.save(id, new ReportForm("9/DVA", "2/10/2023", null, saved.header().version(), explained, null),
                    List.of(), setup.a());
            editing.submit(id, setup.a());
        }
        return id;
    }

    private org.springframework.util.MultiValueMap<String, String> form(long id, String done) {
        ReportView report = reports.get(id);
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("version", String.valueOf(report.header().version()));
        form.add("documentNumber", "");
        form.add("documentDate", "");
        for (int i = 0; i < report.entries().size(); i++) {
            form.add("entries[" + i + "].taskId", String.valueOf(report.entries().get(i).task().id()));
            form.add("entries[" + i + "].status", "IN_PROGRESS");
            form.add("entries[" + i + "].done", done);
            form.add("entries[" + i + "].percent", "10");
        }
        return form;
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The files attached to a report's entries, as its page lists them. */
    private static int evidenceOf(ReportView report) {
        return report.entries().stream().mapToInt(entry -> entry.evidence().size()).sum();
    }
}
