package vn.chiso.report;

import java.time.Instant;

/** The signed PDF of a report, attached to the report as a whole, as pages list it: never its content. */
public record SignedDocument(long id, String fileName, long size, String uploadedBy, Instant uploadedAt) {
}
