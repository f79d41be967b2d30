package io.foyer.identity.web;

import io.foyer.identity.PasswordRejected;
import io.foyer.identity.internal.IdentityWebFacade;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot password": by email address or customer number, with a single-use link by mail. */
@Controller
class PasswordResetController {

    private final IdentityWebFacade identity;

    PasswordResetController(IdentityWebFacade identity) {
        this.identity = identity;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", new PasswordForms.Forgot(""));
        return "identity/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(
            @Valid @ModelAttribute("form") PasswordForms.Forgot form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        if (errors.hasErrors()) {
            return "identity/password-forgot";
        }
        if (!identity.requestPasswordReset(form.login(), ClientIp.of(request))) {
            model.addAttribute("rateLimited", true);
            return "identity/password-forgot";
        }
        model.addAttribute("sent", true);
        return "identity/password-forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("form", new PasswordForms.Reset(token, "", ""));
        model.addAttribute("valid", identity.isResetLinkValid(token));
        return "identity/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") PasswordForms.Reset form, BindingResult errors, Model model) {
        model.addAttribute("valid", identity.isResetLinkValid(form.token()));
        if (!Objects.equals(form.password(), form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/password-reset";
        }
        try {
            if (!identity.resetPassword(form.token(), form.password())) {
                model.addAttribute("valid", false);
                return "identity/password-reset";
            }
        } catch (PasswordRejected rejected) {
            errors.rejectValue("password", rejected.messageKey());
            return "identity/password-reset";
        }
        return "redirect:/login?reset";
    }
}
