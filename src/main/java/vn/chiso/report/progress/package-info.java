/** How far each unit has come with its tasks, as its latest submitted reports say, for the dashboards. */
@NamedInterface("progress")
package vn.chiso.report.progress;

import org.springframework.modulith.NamedInterface;
