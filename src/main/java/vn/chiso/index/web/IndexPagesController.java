package vn.chiso.index.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.result.ResultQueries;
import vn.chiso.index.result.ResultQueries.CurrentSet;
import vn.chiso.shared.NotFoundException;

/** The result pages every role reads: the indices, one index's tree for a year, one indicator across provinces. */
@Controller
@RequestMapping("/indices")
class IndexPagesController {

    private final IndexCatalogue catalogue;
    private final ResultQueries results;

    IndexPagesController(IndexCatalogue catalogue, ResultQueries results) {
        this.catalogue = catalogue;
        this.results = results;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("summaries", results.summaries(catalogue.indices()));
        return "index/overview";
    }

    /** Without a year, the latest year with results. */
    @GetMapping("/{code}")
    String index(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        Catalogue index = catalogue.catalogue(code);
        List<Integer> years = results.years(index.index().id());
        Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("index", index.index());
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("tree", shown == null ? null : results.tree(index, shown).orElse(null));
        model.addAttribute("history", results.history(index.index().id()));
        return "index/index";
    }

    @GetMapping("/{code}/indicators/{indicatorCode}")
    String indicator(@PathVariable String code, @PathVariable String indicatorCode,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "rank") String sort,
            Model model) {
        Catalogue index = catalogue.catalogue(code);
        IndicatorView indicator = index.indicator(indicatorCode)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorCode));
        List<Integer> years = results.years(index.index().id());
        Integer shown = year != null ? year : years.isEmpty() ? null : years.get(0);
        CurrentSet set = shown == null ? null : results.current(index.index().id(), shown).orElse(null);
        ComparisonOrder order = ComparisonOrder.of(sort);
        model.addAttribute("index", index.index());
        model.addAttribute("indicator", indicator);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("set", set);
        model.addAttribute("sort", order.key());
        model.addAttribute("rows", set == null ? List.of() : order.sort(results.comparison(set.id(), indicator),
                index.index().higherIsBetter()));
        model.addAttribute("trend", TrendChart.of(results.trend(index.index().id(), indicator)));
        return "index/indicator";
    }
}
