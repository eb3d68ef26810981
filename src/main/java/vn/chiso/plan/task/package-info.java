/** Tasks and their assignments, as other modules (reports, home pages) read them. */
@NamedInterface("task")
package vn.chiso.plan.task;

import org.springframework.modulith.NamedInterface;
