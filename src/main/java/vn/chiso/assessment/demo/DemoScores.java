package vn.chiso.assessment.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chooses a unit's scores so that its total lands on a wanted percentage: the appraisal takes points off the
 * criteria units most often lose (by their weight), the unit claims a little more than the appraisal gives it, and
 * every score is a whole number of steps within the maximum. Points are counted in quarters, the finest step.
 */
final class DemoScores {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A scored criterion that applies to the unit. */
    record Line(long criterionId, BigDecimal max, BigDecimal step, int losses, String document) {
    }

    /** What the unit claimed and why, what the appraisal gave and said, and the unit's response to it. */
    record Score(long criterionId, BigDecimal self, String explanation, BigDecimal appraised, String comment,
            String response) {

        Score withResponse(String text) {
            return new Score(criterionId, self, explanation, appraised, comment, text);
        }

        /** The unit's own score only, before any appraisal. */
        Score selfOnly() {
            return new Score(criterionId, self, explanation, null, null, null);
        }
    }

    /** The unit's scores and survey points. */
    record Result(List<Score> scores, BigDecimal survey) {
    }

    private final Random random;

    DemoScores(Random random) {
        this.random = random;
    }

    /**
     * Scores whose appraised total plus the survey make {@code percent} of the most the unit could have had, give or
     * take a quarter point.
     *
     * @param overScoring how readily the unit claims points the appraisal will not give it, 0 to 1
     * @param issuer      how the unit signs its documents ("SNV", "UBND")
     */
    Result scores(List<Line> lines, BigDecimal surveyMax, double percent, double overScoring, String issuer,
            int year) {
        int max = 0;
        for (Line line : lines) {
            max += quarters(line.max());
        }
        double whole = max / 4.0 + surveyMax.doubleValue();
        double surveyShare = Math.min(1, Math.max(0, percent / 100 + (random.nextDouble() - 0.5) * 0.08));
        double survey = surveyShare * surveyMax.doubleValue();
        double appraisedTarget = percent / 100 * whole - survey;
        if (appraisedTarget > max / 4.0) {
            survey += appraisedTarget - max / 4.0;
            appraisedTarget = max / 4.0;
        }
        int[] appraised = appraised(lines, max - (int) Math.round(appraisedTarget * 4));
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            scores.add(score(lines.get(i), appraised[i], overScoring, issuer, year));
        }
        return new Result(scores, BigDecimal.valueOf(survey).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Takes {@code loss} quarters off the maxima, a step at a time, mostly where units most often lose points (the
     * square of the criterion's weight) and less where little is left.
     */
    private int[] appraised(List<Line> lines, int loss) {
        int[] appraised = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            appraised[i] = quarters(lines.get(i).max());
        }
        int remaining = loss;
        while (remaining > 0) {
            double total = 0;
            double[] weights = new double[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                int step = quarters(lines.get(i).step());
                if (appraised[i] >= step && step <= remaining) {
                    double often = lines.get(i).losses();
                    weights[i] = often * often * appraised[i] / quarters(lines.get(i).max());
                    total += weights[i];
                }
            }
            if (total == 0) {
                break;
            }
            double pick = random.nextDouble() * total;
            int chosen = -1;
            for (int i = 0; i < weights.length && (chosen < 0 || pick >= 0); i++) {
                if (weights[i] > 0) {
                    chosen = i;
                    pick -= weights[i];
                }
            }
            int step = quarters(lines.get(chosen).step());
            appraised[chosen] -= step;
            remaining -= step;
        }
        return appraised;
    }

    private Score score(Line line, int appraised, double overScoring, String issuer, int year) {
        int max = quarters(line.max());
        int step = quarters(line.step());
        int self = appraised;
        String comment = null;
        if (appraised < max && random.nextDouble() < overScoring) {
            self = appraised + step * (1 + random.nextInt((max - appraised) / step));
            if (random.nextDouble() < 0.7) {
                comment = deduction(line.document());
            }
        } else if (appraised == max && appraised >= step && random.nextDouble() < 0.02) {
            self = appraised - step;
            comment = "Đơn vị tự chấm thấp hơn kết quả thực hiện; điểm thẩm định theo tài liệu kiểm chứng.";
        }
        return new Score(line.criterionId(), points(self), self == 0 ? null : explanation(line.document(), issuer,
                year), points(appraised), comment, null);
    }

    /** Why a unit claims a score: the document it points to (the demo keeps no file for past years). */
    private String explanation(String document, String issuer, int year) {
        int number = 12 + random.nextInt(480);
        String day = LocalDate.of(year, 1 + random.nextInt(10), 1 + random.nextInt(28)).format(DAY);
        return switch (document) {
            case "KH" -> "Kế hoạch số %d/KH-%s ngày %s; tài liệu lưu tại đơn vị.".formatted(number, issuer, day);
            case "BC" -> "Báo cáo số %d/BC-%s ngày %s.".formatted(number, issuer, day);
            case "QĐ" -> "Quyết định số %d/QĐ-%s ngày %s.".formatted(number, issuer, day);
            default -> "Số liệu năm %d trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.".formatted(year);
        };
    }

    private String deduction(String document) {
        boolean first = random.nextBoolean();
        return switch (document) {
            case "KH", "QĐ" -> first ? "Văn bản ban hành chậm so với thời hạn quy định."
                    : "Tài liệu kiểm chứng chưa thể hiện đầy đủ nội dung theo yêu cầu của tiêu chí.";
            case "BC" -> first ? "Báo cáo chưa đầy đủ số liệu, kết quả thực hiện."
                    : "Chưa cung cấp tài liệu kiểm chứng cho phần điểm tự chấm.";
            default -> first ? "Tỷ lệ thực tế trên Hệ thống thấp hơn số liệu đơn vị tự đánh giá."
                    : "Số liệu trích xuất từ Hệ thống không khớp với báo cáo của đơn vị.";
        };
    }

    private static int quarters(BigDecimal points) {
        return points.multiply(BigDecimal.valueOf(4)).intValueExact();
    }

    private static BigDecimal points(int quarters) {
        return BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)).setScale(2);
    }
}
