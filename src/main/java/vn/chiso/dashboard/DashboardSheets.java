package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.chiso.index.IndexView;
import vn.chiso.plan.target.TargetEvaluation;
import vn.chiso.plan.target.TargetView;
import vn.chiso.shared.XlsxTable;

/** The home dashboard's figures as a spreadsheet, in the reader's language. */
@Component
class DashboardSheets {

    private final MessageSource messages;

    DashboardSheets(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> home(HomeDashboard home) {
        Locale locale = LocaleContextHolder.getLocale();
        XlsxTable sheet = new XlsxTable().sheet(text("dashboard.sheet.indices", locale),
                text("dashboard.home.heading", locale, home.year()), List.of(text("dashboard.filter.index", locale),
                        text("result.year", locale), text("result.score", locale), text("result.rank", locale),
                        text("dashboard.sheet.rankedCount", locale), text("result.group", locale),
                        text("result.change", locale), text("target.status", locale)), 14, 8, 10, 8, 12, 16, 10, 16);
        for (IndexCard card : home.cards()) {
            IndexView index = card.index();
            var latest = card.latest();
            sheet.row(index.code().replace('_', ' '), latest == null ? null : latest.year(),
                    latest == null ? null : latest.score(), latest == null ? null : latest.rank(),
                    latest == null ? null : latest.rankedAmong(),
                    latest == null || latest.group() == null ? null
                            : index.group(latest.group()).map(g -> g.name(locale)).orElse(null),
                    card.change(), card.status() == null ? null : text(card.status().messageKey(), locale));
        }
        sheet.sheet(text("dashboard.sheet.targets", locale), text("dashboard.home.heading", locale, home.year()),
                List.of(text("dashboard.filter.index", locale), text("dashboard.filter.plan", locale),
                        text("target.indicator", locale), text("target.promise", locale), text("result.year", locale),
                        text("target.status", locale), text("target.reached", locale),
                        text("target.gapColumn", locale), text("dashboard.sheet.distance", locale),
                        text("dashboard.sheet.unit", locale)), 12, 16, 36, 40, 8, 16, 12, 12, 16, 14);
        for (IndexCard card : home.cards()) {
            for (TargetLine line : card.targets()) {
                TargetView target = line.target();
                TargetEvaluation e = line.evaluation();
                sheet.row(card.index().code().replace('_', ' '), line.plan().number(),
                        target.indicator().name(locale),
                        target.spec().wording() != null ? target.spec().wording()
                                : text("target.kind." + target.spec().kind().name(), locale),
                        line.year(), text(e.status().messageKey(), locale), scaled(e.actual(), e), scaled(e.gap(), e),
                        scaled(e.distance(), e), text(e.unit().messageKey(), locale));
            }
        }
        return sheet.download("tong-quan-chi-so-" + home.year() + ".xlsx");
    }

    /** Ranks, groups and counts as whole numbers; points with two decimals. */
    private static Number scaled(BigDecimal value, TargetEvaluation e) {
        if (value == null) {
            return null;
        }
        return e.unit().scale() == 0 ? (Number) value.intValue() : value.setScale(2, RoundingMode.HALF_UP);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
