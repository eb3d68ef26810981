package vn.chiso.assessment.criteria.web;

import java.util.List;
import java.util.Set;

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
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.criteria.CriteriaEditing;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.assessment.criteria.CriteriaTree;
import vn.chiso.assessment.criteria.WaiverForm;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/** Which criteria of a set do not apply to which units of its kind. */
@Controller
@RequestMapping("/assessments/criteria/{id}/waivers")
class WaiverController {

    private final CriteriaSets sets;
    private final CriteriaEditing editing;
    private final UnitService units;

    WaiverController(CriteriaSets sets, CriteriaEditing editing, UnitService units) {
        this.sets = sets;
        this.editing = editing;
        this.units = units;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping
    String add(@PathVariable long id, @ModelAttribute("form") WaiverForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                editing.waive(id, form);
                redirect.addFlashAttribute("success", "criteria.waiver.added");
                return "redirect:/assessments/criteria/" + id + "/waivers";
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return page(id, model);
    }

    @PostMapping("/remove")
    String remove(@PathVariable long id, @RequestParam long unitId, @RequestParam long criterionId,
            RedirectAttributes redirect) {
        try {
            editing.removeWaiver(id, unitId, criterionId);
            redirect.addFlashAttribute("success", "criteria.waiver.removed");
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArg", violation.args().length == 0 ? null : violation.args()[0]);
        }
        return "redirect:/assessments/criteria/" + id + "/waivers";
    }

    private String page(long id, Model model) {
        CriteriaTree tree = sets.tree(id);
        List<UnitView> ofKind = units.tree().stream()
                .filter(unit -> AssessedKind.of(unit.kind()) == tree.set().kind()).toList();
        int assessments = sets.assessments(id);
        model.addAttribute("set", tree.set());
        model.addAttribute("nodes", tree.nodes());
        model.addAttribute("selfMax", tree.selfMax(Set.of()));
        model.addAttribute("waivers", UnitWaivers.of(tree, sets.waivers(id), ofKind));
        model.addAttribute("units", ofKind.stream().filter(UnitView::active).toList());
        model.addAttribute("assessments", assessments);
        model.addAttribute("editable", assessments == 0);
        Forms.show(model, "form", WaiverForm.empty());
        return "assessment/criteria/waivers";
    }
}
