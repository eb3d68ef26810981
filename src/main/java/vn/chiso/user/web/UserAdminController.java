package vn.chiso.user.web;

import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.NewUserForm;
import vn.chiso.user.PasswordResetForm;
import vn.chiso.user.Role;
import vn.chiso.user.UserForm;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserSearch;
import vn.chiso.user.UserService;

/** The administrator's pages for accounts: list, create, edit, reset password, unlock, deactivate. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int PAGE_SIZE = 50;

    private final UserService users;
    private final UnitService units;

    UserAdminController(UserService users, UnitService units) {
        this.users = users;
        this.units = units;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page, Model model) {
        UserSearch search = new UserSearch(q, role, unitId, inactive);
        Page<UserRow> rows = users.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("users", rows);
        model.addAttribute("search", search);
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.tree());
        model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/admin/users")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(StringUtils::hasText))
                .queryParamIfPresent("role", Optional.ofNullable(role))
                .queryParamIfPresent("unitId", Optional.ofNullable(unitId))
                .queryParamIfPresent("inactive", Optional.of(inactive).filter(Boolean::booleanValue))
                .encode().build().toUriString());
        return "user/list";
    }

    /** With {@code unitId} (from "units without an officer") the form starts as an officer of that unit. */
    @GetMapping("/new")
    String newUser(@RequestParam(required = false) Long unitId, Model model) {
        return newForm(model, NewUserForm.officerOf(unitId));
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return newForm(model, form);
        }
        try {
            long id = users.create(form);
            redirect.addFlashAttribute("success", "user.created");
            redirect.addFlashAttribute("successArg", form.username());
            return "redirect:/admin/users/" + id + "/edit";
        } catch (RuleViolationException violation) {
            violation.rejectIn(result);
            return newForm(model, form);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UserRow user = users.get(id);
        return editForm(model, user, UserForm.of(user), PasswordResetForm.empty());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
        UserRow user = users.get(id);
        if (result.hasErrors()) {
            return editForm(model, user, form, PasswordResetForm.empty());
        }
        try {
            users.update(id, form, actor);
        } catch (RuleViolationException violation) {
            violation.rejectIn(result);
            return editForm(model, user, form, PasswordResetForm.empty());
        }
        return done(redirect, id, "user.updated", user.username());
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserRow user = users.get(id);
        if (!result.hasErrors()) {
            try {
                users.resetPassword(id, form);
                return done(redirect, id, "user.passwordReset", user.username());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return editForm(model, user, UserForm.of(user), PasswordResetForm.empty());
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        UserRow user = users.get(id);
        users.unlock(id);
        return done(redirect, id, "user.unlocked", user.username());
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
        UserRow user = users.get(id);
        try {
            users.deactivate(id, actor);
            return done(redirect, id, "user.deactivated", user.username());
        } catch (RuleViolationException violation) {
            return failed(redirect, id, violation);
        }
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        UserRow user = users.get(id);
        try {
            users.activate(id);
            return done(redirect, id, "user.activated", user.username());
        } catch (RuleViolationException violation) {
            return failed(redirect, id, violation);
        }
    }

    private String newForm(Model model, NewUserForm form) {
        Forms.show(model, "form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.activeTree());
        return "user/new";
    }

    private String editForm(Model model, UserRow user, UserForm form, PasswordResetForm passwordForm) {
        model.addAttribute("user", user);
        Forms.show(model, "form", form);
        Forms.show(model, "passwordForm", passwordForm);
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.activeTree());
        return "user/edit";
    }

    private static String done(RedirectAttributes redirect, long id, String message, String username) {
        redirect.addFlashAttribute("success", message);
        redirect.addFlashAttribute("successArg", username);
        return "redirect:/admin/users/" + id + "/edit";
    }

    private static String failed(RedirectAttributes redirect, long id, RuleViolationException violation) {
        redirect.addFlashAttribute("failure", violation.messageKey());
        return "redirect:/admin/users/" + id + "/edit";
    }
}
