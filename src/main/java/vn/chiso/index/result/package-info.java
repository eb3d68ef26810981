/** The published results as pages read them (trees, comparisons, trends), for the dashboards too. */
@NamedInterface("result")
package vn.chiso.index.result;

import org.springframework.modulith.NamedInterface;
