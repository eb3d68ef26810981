/** Targets of plans and their evaluation against the published results, for the pages of other modules. */
@NamedInterface("target")
package vn.chiso.plan.target;

import org.springframework.modulith.NamedInterface;
