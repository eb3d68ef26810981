package vn.chiso.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * The coordinator's work queue and notices, and {@code /reports}, which leads each role to the reports it works on.
 */
@Controller
class QueueController {

    private final WorkQueue queue;
    private final Notices notices;

    QueueController(WorkQueue queue, Notices notices) {
        this.queue = queue;
        this.notices = notices;
    }

    @GetMapping("/queue")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        QueueView view = queue.view();
        model.addAttribute("queue", view);
        // the menu's count from the lists themselves, so the page pays no statement for it
        model.addAttribute(QueueCountInterceptor.ATTRIBUTE, view.total());
        model.addAttribute("notices", notices.unread(user.id()));
        return "queue/index";
    }

    /**
     * Coordinators review from the queue, an officer writes their unit's reports, a leader reads who reports on time;
     * an administrator, who has no reports, lands on their home.
     */
    @GetMapping("/reports")
    String reports(@AuthenticationPrincipal CurrentUser user) {
        return switch (user.role()) {
            case COORDINATOR -> "redirect:/queue";
            case OFFICER -> "redirect:/units/" + user.unitId() + "/reports";
            case LEADER -> "redirect:/dashboard/timeliness";
            case ADMIN -> "redirect:/";
        };
    }

    /** Opening a notice marks it read and leads to the page on which its reader acts. */
    @GetMapping("/notices/{id}")
    String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return "redirect:" + notices.open(id, user);
    }

    @PostMapping("/notices/read")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        notices.readAll(user);
        redirect.addFlashAttribute("success", "notice.allRead");
        // back where the notices were listed: the queue for a coordinator, the home page for the others
        return user.is(Role.COORDINATOR) ? "redirect:/queue" : "redirect:/";
    }
}
