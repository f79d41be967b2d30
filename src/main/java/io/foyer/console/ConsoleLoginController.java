package io.foyer.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page; the form posts to Spring Security's console login. */
@Controller
class ConsoleLoginController {

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }
}
