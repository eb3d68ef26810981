package vn.chiso.user.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chiso.user.DemoAccounts;

/** The Vietnamese login page; in demo mode it lists the demo accounts and their password. */
@Controller
class LoginController {

    private final ObjectProvider<DemoAccounts> demo;

    LoginController(ObjectProvider<DemoAccounts> demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            model.addAttribute("username", session.getAttribute(LoginFailureHandler.TYPED_USERNAME));
            session.removeAttribute(LoginFailureHandler.TYPED_USERNAME);
        }
        demo.ifAvailable(accounts -> {
            model.addAttribute("demoAccounts", accounts.accounts());
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        });
        return "login";
    }
}
