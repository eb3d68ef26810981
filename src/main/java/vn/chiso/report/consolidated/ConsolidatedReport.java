package vn.chiso.report.consolidated;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.chiso.report.timeliness.Counts;

/**
 * Everything the consolidated report shows, its values (roles, statuses, states, title) already in the reader's
 * language: {@link ConsolidatedDocx} and {@link ConsolidatedXlsx} lay it out with the labels of that language.
 *
 * @param authority issuing body's superior, e.g. "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"
 * @param issuer issuing body, e.g. "SỞ NỘI VỤ"
 * @param number document number, e.g. "125/BC-SNV", or "   /BC-SNV" before it is numbered
 * @param place e.g. "Khánh Hòa"
 * @param title what the report is about, printed under "BÁO CÁO"
 * @param addressee e.g. "Ủy ban nhân dân tỉnh"
 * @param introduction one paragraph of body text before section I
 * @param periodLabel the reporting period the counts are about
 * @param deadline when the units' reports were due; may be null
 * @param signerName may be blank: the space is left for a hand-written name
 * @param recipients the "Nơi nhận" lines, e.g. "Như trên;", "Lưu: VT, CCHC."
 */
public record ConsolidatedReport(
        String authority,
        String issuer,
        String number,
        String place,
        LocalDate date,
        String title,
        String addressee,
        String introduction,
        String periodLabel,
        LocalDate deadline,
        Counts counts,
        List<TaskResult> tasks,
        List<UnitTimeliness> units,
        String signerTitle,
        String signerName,
        List<String> recipients) {

    public ConsolidatedReport {
        tasks = List.copyOf(tasks);
        units = List.copyOf(units);
        recipients = List.copyOf(recipients);
    }

    /** A task of the plan and what each of its units reported (accepted reports only). */
    public record TaskResult(String section, String text, List<UnitResult> results) {

        public TaskResult {
            results = List.copyOf(results);
        }
    }

    /**
     * @param role "Chủ trì" or "Phối hợp"
     * @param status "Hoàn thành", "Đang thực hiện", ...
     * @param percent completion in percent; may be null
     * @param documentNumber the number of the unit's report, e.g. "3215/STC-VP"; may be null
     * @param documentDate the date of the unit's report; may be null
     */
    public record UnitResult(String unitName, String role, String status, Integer percent, String done,
            String explanation, List<String> evidenceNames, String documentNumber, LocalDate documentDate) {

        public UnitResult {
            evidenceNames = List.copyOf(evidenceNames);
        }
    }

    /**
     * One owing unit in the annex: its document, when it was submitted, and its state.
     *
     * @param submittedAt province local time; null if not submitted
     * @param state "Đúng hạn", "Trễ hạn" or "Chưa gửi"
     */
    public record UnitTimeliness(String unitName, String documentNumber, LocalDate documentDate,
            LocalDateTime submittedAt, String state) {
    }
}
