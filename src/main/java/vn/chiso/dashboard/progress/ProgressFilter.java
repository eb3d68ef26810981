package vn.chiso.dashboard.progress;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.NotFoundException;

/**
 * The filters of the task and timeliness dashboards, read leniently from the query string: a plan or year that is
 * not a number is ignored, a number of periods outside 1..24 is brought within it. A year and an index narrow the
 * plans offered to those covering the year and concerning the index; a plan number that is none of them is a 404.
 */
record ProgressFilter(Long planId, int periods, Integer year, String indexCode) {

    static final int DEFAULT_PERIODS = 4;
    static final int MAX_PERIODS = 24;

    static ProgressFilter of(String plan, String periods, String year, String index) {
        Long planId = Decimals.parseWhole(plan).map(Long::valueOf).orElse(null);
        int count = Decimals.parseWhole(periods).orElse(DEFAULT_PERIODS);
        Integer chosenYear = Decimals.parseWhole(year).filter(y -> y > 1900 && y < 2200).orElse(null);
        String chosenIndex = index == null || index.isBlank() ? null : index.trim().toUpperCase(Locale.ROOT);
        return new ProgressFilter(planId, Math.max(1, Math.min(MAX_PERIODS, count)), chosenYear, chosenIndex);
    }

    /** Every plan but drafts (nobody reports on them), latest issued first: what the year and index lists span. */
    static List<PlanView> reportable(PlanService plans) {
        return plans.all().stream().filter(plan -> plan.status() != PlanStatus.DRAFT).toList();
    }

    /** The plans the filter offers: those of {@code reportable} covering the year and concerning the index. */
    List<PlanView> offered(List<PlanView> reportable) {
        return reportable.stream().filter(plan -> year == null || plan.covers(year))
                .filter(plan -> indexCode == null || plan.indexCodes().contains(indexCode)).toList();
    }

    /** The chosen plan, or {@code null} when none was asked for. */
    PlanView plan(List<PlanView> offered) {
        if (planId == null) {
            return null;
        }
        return offered.stream().filter(plan -> plan.id() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** The address of a spreadsheet with this filter, naming only the filters set. */
    String export(String path, PlanView plan, boolean withPeriods) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("plan", Optional.ofNullable(plan).map(PlanView::id))
                .queryParamIfPresent("periods", Optional.of(periods).filter(count -> withPeriods))
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("index", Optional.ofNullable(indexCode))
                .encode().toUriString();
    }

    /** What the filter form shows: this filter, the years and indices of every plan, the plans on offer, the chosen. */
    void show(Model model, List<PlanView> reportable, List<PlanView> offered, PlanView chosen) {
        model.addAttribute("filter", this);
        model.addAttribute("years", years(reportable));
        model.addAttribute("indexCodes", indexCodes(reportable));
        model.addAttribute("plans", offered);
        model.addAttribute("plan", chosen);
    }

    /** The years the plans span, latest first. */
    private static List<Integer> years(List<PlanView> reportable) {
        int first = reportable.stream().mapToInt(PlanView::firstYear).min().orElse(0);
        int last = reportable.stream().mapToInt(PlanView::lastYear).max().orElse(-1);
        return IntStream.rangeClosed(first, last).map(i -> last - (i - first)).boxed().toList();
    }

    /** The indices the plans concern, by code. */
    private static List<String> indexCodes(List<PlanView> reportable) {
        TreeSet<String> codes = new TreeSet<>();
        reportable.forEach(plan -> codes.addAll(plan.indexCodes()));
        return List.copyOf(codes);
    }
}
