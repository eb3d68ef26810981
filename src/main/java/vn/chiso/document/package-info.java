/**
 * Evidence files: checked by content, stored in PostgreSQL, owned by a unit. Reports attach them to their entries and
 * attach the signed document to the report as a whole; the unit's PAR assessment attaches them, or refers to those
 * already uploaded, for its criteria. The module owns the {@code evidence} table and names no other: a file knows the
 * report it came with by id and by the report's document number, which the report module keeps current.
 * Persistence: JdbcClient in {@code EvidenceRepository}: a file is one row with its content, written once and then
 * only marked (removed, numbered, dated), read by short queries; an ORM would only load content nobody asked for.
 */
@ApplicationModule(displayName = "Evidence files", allowedDependencies = {"shared"})
package vn.chiso.document;

import org.springframework.modulith.ApplicationModule;
