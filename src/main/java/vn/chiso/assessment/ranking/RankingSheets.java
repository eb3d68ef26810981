package vn.chiso.assessment.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.Rating;
import vn.chiso.assessment.Totals;
import vn.chiso.shared.XlsxTable;

/** The ranking as a workbook: the counts of each rating by group, then one sheet per kind of unit. */
@Component
class RankingSheets {

    private final MessageSource messages;

    RankingSheets(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> ranking(YearRanking ranking, Locale locale) {
        int year = ranking.year();
        XlsxTable table = new XlsxTable();
        if (!ranking.counts().isEmpty()) {
            table.sheet(text(locale, "assessment.ranking.countsSheet"),
                    text(locale, "assessment.ranking.countsHeading", year),
                    List.of(text(locale, "assessment.ranking.group"), text(locale, "assessment.ranking.rating"),
                            text(locale, "assessment.ranking.units"), text(locale, "assessment.ranking.share"),
                            text(locale, "assessment.ranking.changeUnits", year - 1)),
                    50, 14, 12, 12, 16);
            for (RatingCounts counts : ranking.counts()) {
                String group = text(locale, counts.messageKey());
                for (Rating rating : Rating.values()) {
                    table.row(group, text(locale, rating.messageKey()), counts.count(rating),
                            counts.percent(rating), ranking.change(counts, rating));
                }
                table.row(group, text(locale, "assessment.ranking.total"), counts.total(), null, null);
            }
        }
        for (AssessedKind kind : ranking.kinds()) {
            table.sheet(text(locale, "assessment.group." + kind.name()),
                    text(locale, "assessment.ranking.kindHeading", text(locale, "assessment.group." + kind.name()),
                            year),
                    unitHeaders(locale, year), 8, 44, 10, 10, 10, 10, 10, 10, 12, 12, 10, 12, 10);
            for (RankedUnit unit : ranking.ofKind(kind)) {
                Totals totals = unit.assessment().totals();
                RankedUnit.Previous previous = unit.previous();
                table.row(unit.rank(), unit.assessment().unitName(), totals.selfPoints(), totals.appraisedPoints(),
                        unit.assessment().surveyEntered() ? totals.surveyPoints() : null, totals.total(),
                        totals.maxPoints(), unit.percent(),
                        unit.rating() == null ? null : text(locale, unit.rating().messageKey()),
                        previous == null ? null : previous.percent(), previous == null ? null : previous.rank(),
                        unit.percentChange(), unit.rankChange());
            }
        }
        if (ranking.units().isEmpty() && ranking.counts().isEmpty()) {
            table.sheet(text(locale, "assessment.ranking.sheet"),
                    text(locale, "assessment.ranking.none", year), List.of(), 60);
        }
        return table.download("xep-hang-cchc-" + year + ".xlsx");
    }

    private List<String> unitHeaders(Locale locale, int year) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("assessment.ranking.rank", "assessment.ranking.unit", "assessment.ranking.self",
                "assessment.ranking.appraised", "assessment.ranking.survey", "assessment.ranking.totalPoints",
                "assessment.ranking.max", "assessment.ranking.percent", "assessment.ranking.rating")) {
            headers.add(text(locale, key));
        }
        headers.add(text(locale, "assessment.ranking.previousPercent", year - 1));
        headers.add(text(locale, "assessment.ranking.previousRank", year - 1));
        headers.add(text(locale, "assessment.ranking.percentChange"));
        headers.add(text(locale, "assessment.ranking.rankChange"));
        return headers;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
