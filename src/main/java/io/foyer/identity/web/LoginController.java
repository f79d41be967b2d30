package io.foyer.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/")
    String home() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.getPrincipal() instanceof io.foyer.identity.FoyerUser;
        return signedIn ? "redirect:/accounts" : "redirect:/login";
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
        // Only digits are shown: the query string is the visitor's to edit.
        if (locked != null && locked.matches("\\d{1,4}")) {
            model.addAttribute("lockedMinutes", Integer.parseInt(locked));
        }
        return "identity/login";
    }
}
