package io.foyer.identity.web;

import io.foyer.identity.internal.IdentityWebFacade;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Email confirmation links, and sending a new one. */
@Controller
class VerificationController {

    private final IdentityWebFacade identity;

    VerificationController(IdentityWebFacade identity) {
        this.identity = identity;
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("confirmed", identity.confirmEmail(token));
        return "identity/verified";
    }

    @GetMapping("/verify/resend")
    String resendForm() {
        return "identity/verify-resend";
    }

    @PostMapping("/verify/resend")
    String resend(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
        if (email.isBlank() || email.length() > 254) {
            model.addAttribute("emailError", true);
            return "identity/verify-resend";
        }
        model.addAttribute(identity.resendVerification(email, ClientIp.of(request)) ? "sent" : "rateLimited", true);
        return "identity/verify-resend";
    }
}
