package vn.chiso.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.PasswordChangeForm;
import vn.chiso.user.UserService;

/** Every signed-in user, leaders included, changes their own password here. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private final UserService users;

    AccountController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return "user/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, HttpSession session, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.changeOwnPassword(user, form, session.getId(), request.getRemoteAddr());
                redirect.addFlashAttribute("success", "password.changed");
                return "redirect:/account/password";
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return "user/password";
    }
}
