package vn.chiso.document;

import java.time.Instant;

/**
 * A file attached to a report, as pages list it: never its content.
 *
 * @param taskId the task whose entry it backs; null for the report's signed document
 */
public record StoredFile(long id, long reportId, Long taskId, String fileName, String contentType, long size,
        String uploadedBy, Instant uploadedAt) {
}
