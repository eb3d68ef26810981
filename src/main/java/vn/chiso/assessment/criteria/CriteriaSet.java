package vn.chiso.assessment.criteria;

import java.math.BigDecimal;

import vn.chiso.assessment.AssessedKind;

/**
 * A set of criteria for one kind of unit and one year, in one version.
 *
 * @param name         how the province's decision calls it (e.g. "Bộ chỉ số CCHC các sở, ban, ngành năm 2022")
 * @param surveyPoints the points the sociological survey adds, on top of the scored criteria
 */
public record CriteriaSet(long id, int year, AssessedKind kind, int version, String name, BigDecimal surveyPoints) {
}
