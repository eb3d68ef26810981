package vn.chiso.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.report.ReportReview;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** A coordinator accepts, returns or reopens a report from its page. */
@Controller
@RequestMapping("/reports/{id}")
class ReviewController {

    private final ReportReview review;

    ReviewController(ReportReview review) {
        this.review = review;
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "report.accepted", () -> review.accept(id, user));
    }

    @PostMapping("/return")
    String returnToUnit(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("comment", comment);
        return act(id, redirect, "report.returned", () -> review.returnToUnit(id, comment, user));
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("comment", comment);
        return act(id, redirect, "report.reopened", () -> review.reopen(id, comment, user));
    }

    private static String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
            redirect.getFlashAttributes().remove("comment");
        } catch (RuleViolationException refused) {
            // what the coordinator typed comes back in the form, with the reason it was refused
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:/reports/" + id;
    }
}
