package vn.chiso.assessment.analysis;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.shared.XlsxTable;

/** The analysis as a workbook: the units' over-scoring, every criterion's loss per kind, and the unit chosen. */
@Component
class AnalysisSheets {

    private final MessageSource messages;

    AnalysisSheets(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> analysis(YearAnalysis analysis, UnitScoring chosen, List<CriterionComparison> lines,
            Locale locale) {
        int year = analysis.year();
        XlsxTable table = new XlsxTable().sheet(text(locale, "assessment.analysis.unitsSheet"),
                text(locale, "assessment.analysis.unitsHeading", year),
                List.of(text(locale, "assessment.ranking.unit"), text(locale, "assessment.analysis.kind"),
                        text(locale, "assessment.analysis.max"), text(locale, "assessment.ranking.self"),
                        text(locale, "assessment.ranking.appraised"), text(locale, "assessment.analysis.overScored"),
                        text(locale, "assessment.analysis.overScoredPercent"),
                        text(locale, "assessment.analysis.previousOverScored", year - 1),
                        text(locale, "assessment.analysis.previousOverScoredPercent", year - 1),
                        text(locale, "assessment.analysis.changePercent")),
                44, 24, 10, 10, 10, 12, 12, 12, 12, 12);
        for (UnitScoring unit : analysis.units()) {
            SelfVsAppraised now = unit.year();
            SelfVsAppraised before = unit.previous();
            table.row(unit.unitName(), kind(locale, unit.kind()), now.maxPoints(), now.selfPoints(),
                    now.appraisedPoints(), now.overScored(), now.overScoredPercent(),
                    before == null ? null : before.overScored(), before == null ? null : before.overScoredPercent(),
                    unit.change());
        }
        for (AssessedKind kind : analysis.kinds()) {
            table.sheet(kind(locale, kind), text(locale, "assessment.analysis.lossesHeading", kind(locale, kind), year),
                    List.of(text(locale, "assessment.analysis.code"), text(locale, "assessment.analysis.criterion"),
                            text(locale, "assessment.analysis.units"), text(locale, "assessment.analysis.totalMax"),
                            text(locale, "assessment.analysis.totalAppraised"), text(locale, "assessment.analysis.lost"),
                            text(locale, "assessment.analysis.lostPerUnit"),
                            text(locale, "assessment.analysis.lostPercent"),
                            text(locale, "assessment.analysis.overScored")),
                    10, 60, 10, 12, 12, 12, 12, 12, 12);
            for (CriterionLoss loss : analysis.lossesOf(kind)) {
                table.row(loss.code(), loss.name(), loss.units(), loss.maxPoints(), loss.appraisedPoints(),
                        loss.lost(), loss.lostPerUnit(), loss.lostPercent(), loss.overScored());
            }
        }
        if (chosen != null) {
            table.sheet(text(locale, "assessment.analysis.unitSheet"),
                    text(locale, "assessment.analysis.unitHeading", chosen.unitName(), year),
                    List.of(text(locale, "assessment.analysis.code"), text(locale, "assessment.analysis.criterion"),
                            text(locale, "assessment.analysis.max"), text(locale, "assessment.ranking.self"),
                            text(locale, "assessment.ranking.appraised"),
                            text(locale, "assessment.analysis.overScored"),
                            text(locale, "assessment.analysis.previousMax", year - 1),
                            text(locale, "assessment.analysis.previousAppraised", year - 1),
                            text(locale, "assessment.analysis.change")),
                    10, 60, 10, 10, 10, 12, 12, 12, 12);
            for (CriterionComparison line : lines) {
                table.row(line.code(), line.name(), line.maxPoints(), line.selfScore(), line.appraisedScore(),
                        line.overScored(), line.previousMaxPoints(), line.previousAppraisedScore(), line.change());
            }
        }
        String suffix = chosen == null ? "" : "-" + chosen.unitId();
        return table.download("phan-tich-cchc-" + year + suffix + ".xlsx");
    }

    private String kind(Locale locale, AssessedKind kind) {
        return text(locale, "assessment.group." + kind.name());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
