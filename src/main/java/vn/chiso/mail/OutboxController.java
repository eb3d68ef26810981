package vn.chiso.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outbox: what the application has sent, or only kept where no SMTP server is configured. */
@Controller
class OutboxController {

    private final Mailer mailer;

    OutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        model.addAttribute("mails", mailer.recent());
        return "mail/outbox";
    }
}
