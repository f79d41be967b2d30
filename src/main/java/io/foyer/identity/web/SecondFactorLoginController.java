package io.foyer.identity.web;

import io.foyer.identity.internal.SecondFactors;
import io.foyer.identity.internal.SignInFlow.Realm;
import io.foyer.identity.internal.TwoFactorWeb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second login step: a code of the authenticator app or a recovery code (or, for customers, a
 * passkey, handled by the passkey sign-in). The password alone has signed nobody in yet.
 */
@Controller
class SecondFactorLoginController {

    private static final int MAX_CODE = 64;
    private final TwoFactorWeb web;
    private final MessageSource messages;

    SecondFactorLoginController(TwoFactorWeb web, MessageSource messages) {
        this.web = web;
        this.messages = messages;
    }

    @GetMapping({"/login/second-factor", "/console/login/second-factor"})
    String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        Realm realm = Realms.of(request);
        var step = web.secondStep(realm);
        if (step.isEmpty()) {
            web.abandon(realm, request, response);
            return "redirect:" + realm.loginPath + "?expired";
        }
        return page(realm, step.get(), model);
    }

    @PostMapping({"/login/second-factor", "/console/login/second-factor"})
    String verify(
            @RequestParam(name = "code", defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            java.util.Locale locale) {
        Realm realm = Realms.of(request);
        var step = web.secondStep(realm);
        if (step.isEmpty()) {
            web.abandon(realm, request, response);
            return "redirect:" + realm.loginPath + "?expired";
        }
        if (code.isBlank()) {
            model.addAttribute("codeError", messages.getMessage("validation.required", null, locale));
            return page(realm, step.get(), model);
        }
        SecondFactors.Verification verification = code.length() > MAX_CODE
                ? new SecondFactors.Verification(SecondFactors.Outcome.WRONG, 0)
                : web.verifySecondStep(realm, code, request, response);
        if (!verification.accepted()) {
            model.addAttribute(
                    "codeError",
                    verification.outcome() == SecondFactors.Outcome.BLOCKED
                            ? messages.getMessage(
                                    "secondFactor.locked", new Object[] {verification.blockedMinutes()}, locale)
                            : messages.getMessage("secondFactor.wrong", null, locale));
            return page(realm, step.get(), model);
        }
        return "redirect:" + web.completeSecondStep(realm, verification, request, response);
    }

    private static String page(Realm realm, TwoFactorWeb.SecondStep step, Model model) {
        Realms.describe(realm, model);
        model.addAttribute("step", step);
        model.addAttribute("action", realm.secondFactorPath);
        return "identity/second-factor";
    }
}
