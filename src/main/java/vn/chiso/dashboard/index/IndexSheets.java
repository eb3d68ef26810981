package vn.chiso.dashboard.index;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.chiso.dashboard.TargetLine;
import vn.chiso.index.IndexView;
import vn.chiso.index.result.ResultCell;
import vn.chiso.index.result.TreeRow;
import vn.chiso.shared.XlsxTable;

/** An index's dashboard as a spreadsheet: its indicators with their targets, and the provinces ranked. */
@Component
class IndexSheets {

    private final MessageSource messages;

    IndexSheets(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> of(IndexDashboard dashboard) {
        Locale locale = LocaleContextHolder.getLocale();
        IndexView index = dashboard.index();
        String heading = index.code().replace('_', ' ') + " " + dashboard.year() + " — " + index.name(locale);
        XlsxTable sheet = new XlsxTable().sheet(text("dashboard.sheet.indicators", locale), heading,
                List.of(text("dashboard.index.code", locale), text("target.indicator", locale),
                        text("result.score", locale), text("result.rank", locale),
                        text("dashboard.sheet.rankedCount", locale), text("result.group", locale),
                        text("result.change", locale), text("result.nationalAverage", locale),
                        text("target.status", locale), text("target.gapColumn", locale)),
                14, 44, 10, 8, 10, 16, 10, 12, 16, 10);
        for (IndicatorLine line : dashboard.indicators()) {
            TreeRow row = line.row();
            ResultCell ours = row.ours();
            TargetLine missed = line.targets().stream().filter(t -> t.evaluation().gap() != null).findFirst()
                    .orElse(null);
            sheet.row(row.indicator().code(), row.indicator().name(locale), ours == null ? null : ours.score(),
                    ours == null ? null : ours.rank(), row.rankedAmong(),
                    ours == null || ours.group() == null ? null
                            : index.group(ours.group()).map(g -> g.name(locale)).orElse(null),
                    row.scoreChange(), row.nationalAverage(),
                    line.status() == null ? null : text(line.status().messageKey(), locale),
                    missed == null ? null : missed.evaluation().gap());
        }
        sheet.sheet(text("dashboard.sheet.provinces", locale), heading,
                List.of(text("result.rank", locale), text("dashboard.index.province", locale),
                        text("dashboard.index.region", locale), text("result.score", locale),
                        text("result.group", locale)), 8, 28, 28, 10, 16);
        for (ProvinceBar bar : dashboard.ranking()) {
            sheet.row(bar.rank(), bar.name(), bar.region(), bar.score(), bar.group() == null ? null
                    : index.group(bar.group()).map(g -> g.name(locale)).orElse(null));
        }
        return sheet.download(index.code().toLowerCase(Locale.ROOT) + "-" + dashboard.year() + ".xlsx");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
