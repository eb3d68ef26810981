package vn.chiso.assessment.criteria.web;

import java.util.List;
import java.util.Set;

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
import vn.chiso.assessment.criteria.CriteriaEditing;
import vn.chiso.assessment.criteria.CriteriaHeaderForm;
import vn.chiso.assessment.criteria.CriteriaSet;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.assessment.criteria.CriteriaTree;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.assessment.criteria.CriterionForm;
import vn.chiso.shared.Forms;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * A criteria set's tree: read by everyone allowed here, changed while no unit uses the set, otherwise copied into a
 * new version.
 */
@Controller
@RequestMapping("/assessments/criteria/{id}")
class CriteriaTreeController {

    private static final String NODE_FORM = "assessment/criteria/node";

    private final CriteriaSets sets;
    private final CriteriaEditing editing;

    CriteriaTreeController(CriteriaSets sets, CriteriaEditing editing) {
        this.sets = sets;
        this.editing = editing;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return tree(id, model);
    }

    @PostMapping
    String updateHeader(@PathVariable long id, @ModelAttribute("headerForm") CriteriaHeaderForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                editing.updateHeader(id, form);
                return done(id, redirect, "criteria.set.updated", form.name().strip());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return tree(id, model);
    }

    @PostMapping("/versions")
    String newVersion(@PathVariable long id, @AuthenticationPrincipal CurrentUser coordinator,
            RedirectAttributes redirect) {
        try {
            long version = editing.newVersion(id, coordinator);
            return done(version, redirect, "criteria.version.created",
                    String.valueOf(sets.get(version).version()));
        } catch (RuleViolationException violation) {
            return refused(id, redirect, violation);
        }
    }

    @GetMapping("/nodes/new")
    String newNode(@PathVariable long id, @RequestParam(required = false) Long parentId, Model model) {
        CriteriaTree tree = sets.tree(id);
        if (sets.inUse(id)) {
            return "redirect:/assessments/criteria/" + id;
        }
        Criterion parent = parentId == null ? null : node(tree, parentId);
        return nodeForm(model, tree, null, CriterionForm.under(parent));
    }

    @PostMapping("/nodes")
    String addNode(@PathVariable long id, @ModelAttribute("form") CriterionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                editing.addNode(id, form);
                return done(id, redirect, "criteria.node.created", form.code().strip());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return nodeForm(model, sets.tree(id), null, form);
    }

    @GetMapping("/nodes/{nodeId}/edit")
    String editNode(@PathVariable long id, @PathVariable long nodeId, Model model) {
        CriteriaTree tree = sets.tree(id);
        if (sets.inUse(id)) {
            return "redirect:/assessments/criteria/" + id;
        }
        Criterion node = node(tree, nodeId);
        return nodeForm(model, tree, node, CriterionForm.of(node));
    }

    @PostMapping("/nodes/{nodeId}")
    String updateNode(@PathVariable long id, @PathVariable long nodeId, @ModelAttribute("form") CriterionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CriteriaTree tree = sets.tree(id);
        Criterion node = node(tree, nodeId);
        if (!result.hasErrors()) {
            try {
                editing.updateNode(id, nodeId, form);
                return done(id, redirect, "criteria.node.updated", node.code());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return nodeForm(model, tree, node, form);
    }

    @PostMapping("/nodes/{nodeId}/delete")
    String deleteNode(@PathVariable long id, @PathVariable long nodeId, RedirectAttributes redirect) {
        Criterion node = node(sets.tree(id), nodeId);
        try {
            editing.deleteNode(id, nodeId);
            return done(id, redirect, "criteria.node.deleted", node.code());
        } catch (RuleViolationException violation) {
            return refused(id, redirect, violation);
        }
    }

    @PostMapping("/nodes/{nodeId}/move")
    String moveNode(@PathVariable long id, @PathVariable long nodeId, @RequestParam String direction,
            RedirectAttributes redirect) {
        try {
            editing.move(id, nodeId, direction.equals("up"));
            return "redirect:/assessments/criteria/" + id + "#node-" + nodeId;
        } catch (RuleViolationException violation) {
            return refused(id, redirect, violation);
        }
    }

    private String tree(long id, Model model) {
        CriteriaTree tree = sets.tree(id);
        CriteriaSet set = tree.set();
        int assessments = sets.assessments(id);
        List<CriteriaSet> versions = sets.all().stream()
                .filter(other -> other.year() == set.year() && other.kind() == set.kind()).toList();
        model.addAttribute("set", set);
        model.addAttribute("rows", TreeRow.of(tree));
        model.addAttribute("selfMax", tree.selfMax(Set.of()));
        model.addAttribute("total", tree.selfMax(Set.of()).add(set.surveyPoints()));
        model.addAttribute("scored", tree.scored().size());
        model.addAttribute("assessments", assessments);
        model.addAttribute("editable", assessments == 0);
        model.addAttribute("versions", versions);
        model.addAttribute("latest", versions.get(0));
        Forms.show(model, "headerForm", CriteriaHeaderForm.of(set));
        return "assessment/criteria/tree";
    }

    private String nodeForm(Model model, CriteriaTree tree, Criterion node, CriterionForm form) {
        model.addAttribute("set", tree.set());
        model.addAttribute("node", node);
        model.addAttribute("scored", node == null || node.scored());
        model.addAttribute("below", node == null ? 0 : tree.nodes().stream()
                .filter(other -> other.code().startsWith(node.code() + ".")).count());
        model.addAttribute("max", node == null ? null : tree.maxOf(node, Set.of()));
        model.addAttribute("parents", tree.nodes().stream().filter(other -> other.level() < 3).toList());
        Forms.show(model, "form", form);
        return NODE_FORM;
    }

    private static String done(long id, RedirectAttributes redirect, String message, String arg) {
        redirect.addFlashAttribute("success", message);
        redirect.addFlashAttribute("successArg", arg);
        return "redirect:/assessments/criteria/" + id;
    }

    private static String refused(long id, RedirectAttributes redirect, RuleViolationException violation) {
        redirect.addFlashAttribute("failure", violation.messageKey());
        redirect.addFlashAttribute("failureArg", violation.args().length == 0 ? null : violation.args()[0]);
        return "redirect:/assessments/criteria/" + id;
    }

    private static Criterion node(CriteriaTree tree, long nodeId) {
        return tree.find(nodeId).orElseThrow(() -> new NotFoundException("Criterion", nodeId));
    }
}
