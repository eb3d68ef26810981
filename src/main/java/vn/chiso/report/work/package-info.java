/** What a unit has to report and when, for its home page. */
@NamedInterface("work")
package vn.chiso.report.work;

import org.springframework.modulith.NamedInterface;
