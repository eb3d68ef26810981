/** The ranking of the units from their final assessments, for the dashboards' link to it too. */
@NamedInterface("ranking")
package vn.chiso.assessment.ranking;

import org.springframework.modulith.NamedInterface;
