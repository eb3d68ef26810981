package vn.chiso.index.web;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.result.ManualEntries;
import vn.chiso.index.result.ManualEntryForm;
import vn.chiso.index.result.ManualEntryLine;
import vn.chiso.index.result.ManualValue;
import vn.chiso.index.result.ResultCell;
import vn.chiso.index.result.ResultQueries.CurrentSet;
import vn.chiso.shared.DecimalFormatter;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** A coordinator types in the province's own results of an index for a year. */
@Controller
@RequestMapping("/indices/{code}/manual")
class ManualEntryController {

    private static final DecimalFormatter DECIMALS = new DecimalFormatter();

    private final IndexCatalogue catalogue;
    private final ManualEntries entries;
    private final Clock clock;

    ManualEntryController(IndexCatalogue catalogue, ManualEntries entries, Clock clock) {
        this.catalogue = catalogue;
        this.entries = entries;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        Catalogue index = catalogue.catalogue(code);
        int shown = year != null ? year : Year.now(clock).getValue() - 1;
        List<ManualEntryLine> lines = entries.lines(index, shown);
        CurrentSet current = entries.current(index, shown).orElse(null);
        ManualEntryForm form = new ManualEntryForm(current == null ? null : text(current.rankedCount()),
                current == null ? "" : current.sourceNote(), lines.stream().map(ManualEntryController::typed).toList());
        return page(index, shown, lines, form, model);
    }

    @PostMapping
    String save(@PathVariable String code, @RequestParam int year, @Valid @ModelAttribute("form") ManualEntryForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Catalogue index = catalogue.catalogue(code);
        if (!result.hasErrors()) {
            try {
                entries.save(code, year, form, user.username());
                redirect.addFlashAttribute("success", "manual.saved");
                redirect.addFlashAttribute("successArg", year);
                return "redirect:/indices/" + index.index().code() + "?year=" + year;
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return page(index, year, entries.lines(index, year), form, model);
    }

    /** A stored value as the form shows it: computed ranks and groups are not shown as if typed. */
    private static ManualValue typed(ManualEntryLine line) {
        ResultCell cell = line.current();
        if (cell == null) {
            return new ManualValue(line.indicator().id(), null, null, null);
        }
        return new ManualValue(line.indicator().id(), cell.score() == null ? null : DECIMALS.print(cell.score(),
                LocaleContextHolder.getLocale()), cell.rankPublished() ? text(cell.rank()) : null,
                cell.groupPublished() ? text(cell.group()) : null);
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    /** Rows follow the form's values (what was posted, on an error), each looked up by its indicator. */
    private String page(Catalogue index, int year, List<ManualEntryLine> lines, ManualEntryForm form, Model model) {
        Map<Long, ManualEntryLine> byIndicator = new LinkedHashMap<>();
        lines.forEach(line -> byIndicator.put(line.indicator().id(), line));
        model.addAttribute("index", index.index());
        model.addAttribute("year", year);
        model.addAttribute("lines", byIndicator);
        Forms.show(model, "form", form);
        model.addAttribute("complete", entries.current(index, year).map(CurrentSet::complete).orElse(false));
        return "index/manual";
    }
}
