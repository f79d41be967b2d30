package io.foyer.console;

import io.foyer.identity.StaffRole;
import io.foyer.notification.MailLog;
import io.foyer.shared.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outgoing-mail log. Mails carry reset and invitation links, so billing staff, who have no
 * need for them, cannot read it.
 */
@Controller
@AllowedRoles({StaffRole.ADMIN, StaffRole.SUPPORT})
class MailLogController {

    static final int MAX_ROWS = 200;
    static final int MAX_FILTER_LENGTH = 254;
    private final MailLog mails;

    MailLogController(MailLog mails) {
        this.mails = mails;
    }

    @GetMapping("/console/mail")
    String list(@RequestParam(name = "recipient", required = false) String recipient, Model model) {
        String filter = recipient == null ? "" : recipient.strip();
        model.addAttribute("recipient", filter);
        if (filter.length() > MAX_FILTER_LENGTH) {
            model.addAttribute("filterError", "console.mail.filterTooLong");
            model.addAttribute("mails", List.of());
            return "console/mail-log";
        }
        model.addAttribute("mails", mails.latest(filter, MAX_ROWS));
        return "console/mail-log";
    }

    @GetMapping("/console/mail/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("mail", mails.find(PathNumbers.parse(id)).orElseThrow(NotFoundException::new));
        return "console/mail";
    }
}
