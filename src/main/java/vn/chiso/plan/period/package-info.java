/** Reporting periods and which units owe a report in them, for the reports module. */
@NamedInterface("period")
package vn.chiso.plan.period;

import org.springframework.modulith.NamedInterface;
