/**
 * Evidence files: checked by content, stored in PostgreSQL, owned by a unit. Reports attach them to their entries;
 * the unit's PAR assessment attaches them, or refers to those already uploaded, for its criteria.
 */
@NamedInterface("evidence")
package vn.chiso.report.evidence;

import org.springframework.modulith.NamedInterface;
