package vn.chiso.document;

import java.time.Instant;

/**
 * A file a unit uploaded, as offered for reuse.
 *
 * @param documentNumber the number of the report it came with, when it came with one
 */
public record UnitEvidence(long id, String fileName, long size, Instant uploadedAt, String documentNumber) {
}
