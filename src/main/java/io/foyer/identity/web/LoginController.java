package io.foyer.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/")
    String home() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.getPrincipal() instanceof io.foyer.identity.FoyerUser;
        return signedIn ? "redirect:/accounts" : "redirect:/login";
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
