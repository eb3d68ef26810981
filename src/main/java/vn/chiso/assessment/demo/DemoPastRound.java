package vn.chiso.assessment.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.Points;
import vn.chiso.assessment.Rating;
import vn.chiso.assessment.Thresholds;

/**
 * The final assessments of a past year. The units of a group are ordered by their quality that year and given the
 * ratings in the counts the province published, the best first; each gets a percentage inside its rating's band
 * (well clear of the thresholds) and the scores that make it. The ratings are computed from those scores, like any
 * other year's; a unit whose computed rating would differ stops the loading.
 */
final class DemoPastRound {

    private static final String RETURN_COMMENT = "Đề nghị đơn vị giải trình, bổ sung tài liệu kiểm chứng đối với các"
            + " tiêu chí bị trừ điểm trong kết quả thẩm định.";
    private static final String RESPONSE = "Đơn vị đã bổ sung tài liệu kiểm chứng và giải trình; đề nghị xem xét lại"
            + " điểm thẩm định của tiêu chí này.";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final int year;
    private final LocalDate closesOn;
    private final Thresholds thresholds;
    private final Map<AssessedKind, DemoSets.LoadedSet> sets;
    private final Random random;
    private final DemoScores scores;

    DemoPastRound(JdbcTemplate jdbc, ZoneId zone, int year, LocalDate closesOn, Thresholds thresholds,
            Map<AssessedKind, DemoSets.LoadedSet> sets) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.year = year;
        this.closesOn = closesOn;
        this.thresholds = thresholds;
        this.sets = sets;
        this.random = new Random(year);
        this.scores = new DemoScores(random);
    }

    /**
     * Writes the assessments of a group ranked together, {@code good} of them Tốt, {@code fair} Khá and the rest
     * Trung bình; {@code late} sent after the window and {@code returned} returned once for a response.
     */
    void write(List<RatedUnit> group, int good, int fair, int late, int returned) {
        Map<RatedUnit, Double> standing = new HashMap<>();
        group.forEach(unit -> standing.put(unit, unit.quality() + 0.4 * random.nextGaussian()));
        List<RatedUnit> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing(standing::get).reversed());
        Set<Integer> lateOnes = pick(ordered.size(), late);
        Set<Integer> returnedOnes = pick(ordered.size(), returned);
        List<Object[]> assessments = new ArrayList<>();
        Map<Long, List<DemoScores.Score>> scoresByUnit = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            RatedUnit unit = ordered.get(i);
            Rating rating = i < good ? Rating.GOOD : i < good + fair ? Rating.FAIR : Rating.AVERAGE;
            int first = rating == Rating.GOOD ? 0 : rating == Rating.FAIR ? good : good + fair;
            int count = rating == Rating.GOOD ? good : rating == Rating.FAIR ? fair : ordered.size() - good - fair;
            DemoSets.LoadedSet set = sets.get(AssessedKind.of(unit.unit().kind()));
            List<DemoScores.Line> lines = set.lines(unit.waived());
            DemoScores.Result result = scores.scores(lines, set.surveyMax(), percent(rating, i - first, count),
                    unit.overScoring(), unit.issuer(), year);
            check(unit, rating, lines, set.surveyMax(), result);
            List<DemoScores.Score> unitScores = new ArrayList<>(result.scores());
            assessments.add(assessment(unit, set.id(), result.survey(), lateOnes.contains(i),
                    returnedOnes.contains(i) && respond(unitScores)));
            scoresByUnit.put(unit.unit().id(), unitScores);
        }
        jdbc.batchUpdate("""
                insert into assessment (year, unit_id, set_id, status, submitted_at, late, returned_at, return_comment,
                    responded_at, finalized_at, survey_points, updated_by, updated_at, version)
                values (?, ?, ?, 'FINAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, 4)
                """, assessments);
        DemoAssessments.writeScores(jdbc, year, scoresByUnit);
    }

    /** A percentage inside the rating's band, from its top for the best unit to its bottom for the last. */
    private double percent(Rating rating, int position, int count) {
        double good = thresholds.goodFrom().doubleValue();
        double fair = thresholds.fairFrom().doubleValue();
        double average = thresholds.averageFrom().doubleValue();
        double high = switch (rating) {
            case GOOD -> Math.min(96, good + 15);
            case FAIR -> good - 1.5;
            default -> fair - 2;
        };
        double low = switch (rating) {
            case GOOD -> good + 1.5;
            case FAIR -> fair + 1.5;
            default -> average + 2;
        };
        double spread = count <= 1 ? 0.5 : (double) position / (count - 1);
        double jitter = (random.nextDouble() - 0.5) * 0.6;
        return Math.max(low, Math.min(high, high - (high - low) * spread + jitter));
    }

    private void check(RatedUnit unit, Rating rating, List<DemoScores.Line> lines, BigDecimal surveyMax,
            DemoScores.Result result) {
        BigDecimal max = lines.stream().map(DemoScores.Line::max).reduce(surveyMax, BigDecimal::add);
        BigDecimal total = result.scores().stream().map(DemoScores.Score::appraised)
                .reduce(result.survey(), BigDecimal::add);
        if (thresholds.rate(Points.percent(total, max)) != rating) {
            throw new IllegalStateException("Demo " + year + ": " + unit.unit().code() + " is not " + rating);
        }
    }

    /** Gives the unit's response on the first criterion the appraisal took points off; tells whether there is one. */
    private static boolean respond(List<DemoScores.Score> scores) {
        for (int i = 0; i < scores.size(); i++) {
            DemoScores.Score score = scores.get(i);
            if (score.appraised().compareTo(score.self()) < 0 && score.comment() != null) {
                scores.set(i, score.withResponse(RESPONSE));
                return true;
            }
        }
        return false;
    }

    private Object[] assessment(RatedUnit unit, long setId, BigDecimal survey, boolean late, boolean returned) {
        LocalDate sentOn = late ? closesOn.plusDays(1 + random.nextInt(6)) : closesOn.minusDays(random.nextInt(15));
        Instant sent = at(sentOn, 8 + random.nextInt(9));
        Instant returnedAt = returned ? at(closesOn.plusDays(8 + random.nextInt(5)), 14) : null;
        Instant respondedAt = returned ? returnedAt.plusSeconds(86_400L * (2 + random.nextInt(3))) : null;
        Instant finalized = at(LocalDate.of(year + 1, 1, 8).plusDays(random.nextInt(35)), 10 + random.nextInt(6));
        return new Object[] {year, unit.unit().id(), setId, Timestamp.from(sent), late, timestamp(returnedAt),
                returned ? RETURN_COMMENT : null, timestamp(respondedAt), Timestamp.from(finalized), survey,
                unit.appraiser(), Timestamp.from(finalized)};
    }

    private Set<Integer> pick(int size, int count) {
        Set<Integer> picked = new HashSet<>();
        while (picked.size() < Math.min(count, size)) {
            picked.add(random.nextInt(size));
        }
        return picked;
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
