package vn.chiso.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import vn.chiso.ChisoTest;
import vn.chiso.report.EntryView;
import vn.chiso.report.EvidenceView;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.report.ReportView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * A file's original name is kept only as its last part: stored and sent back as a plain name, never a path; offered
 * again, a file names the report it came with by that report's current number.
 */
@ChisoTest
class EvidenceFilesTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ReportEditing editing;
    @Autowired
    ProgressReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvidenceFiles files;

    @Test
    void aNameWithAPathIsStoredAndDownloadedAsAPlainFileName() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        long id = editing.open(setup.period().id(), setup.a());
        String slot = "evidence-" + setup.tasksOfA().get(0).id();
        MvcTestResult saved = mvc.post().uri("/reports/{id}", id).multipart()
                .file(new MockMultipartFile(slot, "..\\..\\bao cao.pdf", "application/pdf", PDF))
                .file(new MockMultipartFile(slot, "../x.pdf", "application/pdf", PDF))
                .params(form(reports.get(id))).with(as(setup.officerA())).with(csrf()).exchange();
        assertThat(saved).hasRedirectedUrl("/reports/" + id + "/edit");

        List<String> stored = jdbc.queryForList("select file_name from evidence where report_id = ? order by id",
                String.class, id);
        assertThat(stored).containsExactly("bao cao.pdf", "x.pdf");
        List<Long> ids = jdbc.queryForList("select id from evidence where report_id = ? order by id", Long.class, id);
        List<String> dispositions = ids.stream().map(evidenceId -> {
            MvcTestResult file = mvc.get().uri("/reports/{id}/evidence/{e}", id, evidenceId)
                    .with(as(setup.officerA())).exchange();
            assertThat(file).hasStatusOk().hasContentType("application/pdf");
            assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(PDF);
            return file.getResponse().getHeader("Content-Disposition");
        }).toList();
        assertThat(dispositions.get(0)).startsWith("attachment").contains("bao%20cao.pdf");
        assertThat(dispositions.get(1)).startsWith("attachment").contains("x.pdf");
        assertThat(dispositions).noneSatisfy(header -> assertThat(header).containsAnyOf("..", "/", "\\\\", "%2F", "%5C"));
        assertThat(reports.get(id).entries().get(0).evidence()).extracting(EvidenceView::fileName)
                .containsExactly("bao cao.pdf", "x.pdf");
    }

    @Test
    void aFileOfferedAgainNamesItsReportByTheNumberTheReportNowCarries() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        long id = editing.open(setup.period().id(), setup.a());
        String slot = "evidence-" + setup.tasksOfA().get(0).id();
        mvc.post().uri("/reports/{id}", id).multipart()
                .file(new MockMultipartFile(slot, "bien-ban.pdf", "application/pdf", PDF))
                .params(form(reports.get(id))).with(as(setup.officerA())).with(csrf()).exchange();
        assertThat(files.ofUnit(setup.unitA().id())).extracting(UnitEvidence::documentNumber).containsExactly((String) null);

        LinkedMultiValueMap<String, String> numbered = form(reports.get(id));
        numbered.set("documentNumber", "4711/KT-VP");
        assertThat(mvc.post().uri("/reports/{id}", id).multipart().params(numbered).with(as(setup.officerA()))
                .with(csrf()).exchange()).hasRedirectedUrl("/reports/" + id + "/edit");
        assertThat(files.ofUnit(setup.unitA().id())).singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("bien-ban.pdf"))
                .satisfies(file -> assertThat(file.documentNumber()).isEqualTo("4711/KT-VP"));
    }

    private static LinkedMultiValueMap<String, String> form(ReportView report) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", "save");
        form.add("version", String.valueOf(report.header().version()));
        form.add("documentNumber", "");
        form.add("documentDate", "");
        for (int i = 0; i < report.entries().size(); i++) {
            EntryView entry = report.entries().get(i);
            form.add("entries[" + i + "].taskId", String.valueOf(entry.task().id()));
            form.add("entries[" + i + "].status", "IN_PROGRESS");
            form.add("entries[" + i + "].done", "Đã lập biên bản.");
            form.add("entries[" + i + "].percent", "30");
        }
        return form;
    }
}
