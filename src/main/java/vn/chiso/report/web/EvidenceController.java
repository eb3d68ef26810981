package vn.chiso.report.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportAccess;
import vn.chiso.document.EvidenceFile;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.user.CurrentUser;

/** Downloads an evidence file, for whoever may read its report; always as an attachment, never shown inline. */
@Controller
class EvidenceController {

    private final ProgressReports reports;
    private final EvidenceFiles evidence;

    EvidenceController(ProgressReports reports, EvidenceFiles evidence) {
        this.reports = reports;
        this.evidence = evidence;
    }

    @GetMapping("/reports/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId,
            @AuthenticationPrincipal CurrentUser user) {
        ReportAccess.checkRead(reports.header(id), user);
        EvidenceFile file = evidence.file(id, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
