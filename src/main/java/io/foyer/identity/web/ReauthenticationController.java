package io.foyer.identity.web;

import io.foyer.identity.internal.SignInFlow.Realm;
import io.foyer.identity.internal.TwoFactorWeb;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Confirm your password": asked before a change of the security settings when the last proof
 * of the password (or a passkey) is more than a few minutes old, so a session left open on a
 * shared computer cannot take over the account's second factor.
 */
@Controller
class ReauthenticationController {

    private final TwoFactorWeb web;
    private final MessageSource messages;

    ReauthenticationController(TwoFactorWeb web, MessageSource messages) {
        this.web = web;
        this.messages = messages;
    }

    @GetMapping({"/profile/reauthenticate", "/console/reauthenticate"})
    String show(@RequestParam(name = "next", required = false) String next, HttpServletRequest request, Model model) {
        Realm realm = Realms.of(request);
        return page(realm, next, model);
    }

    @PostMapping({"/profile/reauthenticate", "/console/reauthenticate"})
    String confirm(
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "next", required = false) String next,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Realm realm = Realms.of(request);
        if (password.isEmpty()) {
            model.addAttribute("passwordError", messages.getMessage("validation.required", null, locale));
            return page(realm, next, model);
        }
        var result = web.reauthenticate(realm, web.person().orElseThrow(), password, request);
        if (!result.confirmed()) {
            model.addAttribute(
                    "passwordError",
                    result.blockedMinutes() > 0
                            ? messages.getMessage("reauth.locked", new Object[] {result.blockedMinutes()}, locale)
                            : messages.getMessage("password.currentWrong", null, locale));
            return page(realm, next, model);
        }
        return "redirect:" + safeNext(realm, next);
    }

    private String page(Realm realm, String next, Model model) {
        Realms.describe(realm, model);
        var person = web.person().orElseThrow();
        model.addAttribute("next", safeNext(realm, next));
        model.addAttribute("passkeysOffered", !web.passkeys(person).isEmpty());
        return "identity/reauthenticate";
    }

    /** Back to a page of the security settings only, never to an address from outside. */
    static String safeNext(Realm realm, String next) {
        String base = Realms.securityPath(realm);
        String profile = realm == Realm.CUSTOMER ? "/profile" : base;
        if (next != null
                && (next.equals(base)
                        || next.equals(profile)
                        || next.startsWith(base + "/")
                        || next.startsWith(base + "?"))
                && next.matches("[A-Za-z0-9/?=&._-]*")) {
            return next;
        }
        return base;
    }
}
