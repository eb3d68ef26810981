/** Who reported on time, late or not at all, for the dashboards. */
@NamedInterface("timeliness")
package vn.chiso.report.timeliness;

import org.springframework.modulith.NamedInterface;
