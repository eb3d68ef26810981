package vn.chiso.report;

import java.time.Instant;

/** An evidence file as pages list it: never its content. */
public record EvidenceView(long id, long taskId, String fileName, String contentType, long size, String uploadedBy,
        Instant uploadedAt) {
}
