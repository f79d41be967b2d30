package io.foyer.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page; the form posts to Spring Security's console login. */
@Controller
class ConsoleLoginController {

    @GetMapping("/console/login")
    String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
        // Only digits are shown: the query string is the visitor's to edit.
        if (locked != null && locked.matches("\\d{1,4}")) {
            model.addAttribute("lockedMinutes", Integer.parseInt(locked));
        }
        return "console/login";
    }
}
