package vn.chiso.assessment.criteria;

import java.math.BigDecimal;

/**
 * A field (level 1), criterion (2) or sub-criterion (3) of a set. A node without children is scored: from 0 to its
 * maximum in its steps. A parent's maximum is the sum of its children's.
 *
 * @param step {@code null} when any score with two decimals is allowed
 */
public record Criterion(long id, Long parentId, int level, String code, String name, BigDecimal maxPoints,
        BigDecimal step, boolean scored) {
}
