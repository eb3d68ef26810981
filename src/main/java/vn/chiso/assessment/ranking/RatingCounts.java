package vn.chiso.assessment.ranking;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import vn.chiso.assessment.Points;
import vn.chiso.assessment.Rating;

/**
 * How many units of a group got each rating, and their shares computed from the counts.
 *
 * @param group {@code PROVINCIAL} (provincial bodies and district People's Committees together) or a kind's name
 */
public record RatingCounts(String group, int total, Map<Rating, Integer> counts) {

    static RatingCounts empty(String group) {
        return new RatingCounts(group, 0, new EnumMap<>(Rating.class));
    }

    RatingCounts add(Rating rating) {
        Map<Rating, Integer> more = new EnumMap<>(Rating.class);
        more.putAll(counts);
        more.merge(rating, 1, Integer::sum);
        return new RatingCounts(group, total + 1, more);
    }

    public int count(Rating rating) {
        return counts.getOrDefault(rating, 0);
    }

    /** The share of a rating in percent, two decimals: 30 of 43 is 69,77. */
    public BigDecimal percent(Rating rating) {
        return Points.percent(count(rating), total);
    }

    public String messageKey() {
        return "assessment.group." + group;
    }
}
