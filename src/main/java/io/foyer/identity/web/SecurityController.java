package io.foyer.identity.web;

import io.foyer.identity.internal.SecondFactors;
import io.foyer.identity.internal.SignInFlow.Realm;
import io.foyer.identity.internal.TwoFactorWeb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor settings of the signed-in customer ({@code /profile/security}) or staff member
 * ({@code /console/security}): the authenticator app, recovery codes and (customers) passkeys.
 * Every change needs the password confirmed within the last few minutes; otherwise the user is
 * sent to confirm it and comes back here.
 */
@Controller
class SecurityController {

    private static final int MAX_CODE = 64;
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private final TwoFactorWeb web;
    private final MessageSource messages;

    SecurityController(TwoFactorWeb web, MessageSource messages) {
        this.web = web;
        this.messages = messages;
    }

    @GetMapping({"/profile/security", "/console/security"})
    String show(HttpServletRequest request, Model model) {
        Realm realm = Realms.of(request);
        var person = web.person().orElseThrow();
        Realms.describe(realm, model);
        model.addAttribute("person", person);
        model.addAttribute("status", web.status(person));
        model.addAttribute(
                "passkeys",
                web.passkeys(person).stream()
                        .map(p -> new PasskeyRow(p.id(), p.label(), time(p.created()), time(p.lastUsed())))
                        .toList());
        model.addAttribute("passkeysOffered", realm == Realm.CUSTOMER);
        return "identity/security";
    }

    @PostMapping({"/profile/security/totp", "/console/security/totp"})
    String startTotp(HttpServletRequest request) {
        Realm realm = Realms.of(request);
        if (!web.recentlyAuthenticated(realm, request)) {
            return reauthenticate(realm);
        }
        var person = web.person().orElseThrow();
        return web.startTotp(person).isPresent()
                ? "redirect:" + Realms.securityPath(realm) + "/totp"
                : "redirect:" + Realms.securityPath(realm);
    }

    @GetMapping({"/profile/security/totp", "/console/security/totp"})
    String enrolment(HttpServletRequest request, Model model) {
        Realm realm = Realms.of(request);
        var person = web.person().orElseThrow();
        var pending = web.pendingTotp(person);
        if (pending.isEmpty()) {
            return "redirect:" + Realms.securityPath(realm);
        }
        Realms.describe(realm, model);
        model.addAttribute("person", person);
        enrolmentPage(pending.get(), model);
        return "identity/totp-enrol";
    }

    private static void enrolmentPage(SecondFactors.PendingTotp pending, Model model) {
        model.addAttribute("pending", pending);
        // In groups of four, as apps show keys; the spaces are ignored when the key is typed in.
        model.addAttribute("secretGrouped", pending.secret().replaceAll("(.{4})(?!$)", "$1 "));
    }

    record PasskeyRow(String id, String label, String created, String lastUsed) {}

    private static String time(java.time.Instant instant) {
        return instant == null ? null : TIME.format(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    @PostMapping({"/profile/security/totp/confirm", "/console/security/totp/confirm"})
    String confirm(
            @RequestParam(name = "code", defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash,
            Locale locale) {
        Realm realm = Realms.of(request);
        var person = web.person().orElseThrow();
        var pending = web.pendingTotp(person);
        if (pending.isEmpty()) {
            return "redirect:" + Realms.securityPath(realm);
        }
        var codes = code.isBlank() || code.length() > MAX_CODE
                ? java.util.Optional.<List<String>>empty()
                : web.confirmTotp(realm, person, code, request, response);
        if (codes.isEmpty()) {
            Realms.describe(realm, model);
            model.addAttribute("person", person);
            enrolmentPage(pending.get(), model);
            model.addAttribute(
                    "codeError",
                    messages.getMessage(code.isBlank() ? "validation.required" : "totp.wrongCode", null, locale));
            return "identity/totp-enrol";
        }
        flash.addFlashAttribute("recoveryCodes", codes.get());
        flash.addFlashAttribute("enabled", true);
        return "redirect:" + Realms.securityPath(realm) + "/recovery-codes";
    }

    @GetMapping({"/profile/security/recovery-codes", "/console/security/recovery-codes"})
    String recoveryCodes(HttpServletRequest request, Model model) {
        Realm realm = Realms.of(request);
        // Shown once, right after they were made: they come as a flash attribute, never from storage.
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:" + Realms.securityPath(realm);
        }
        Realms.describe(realm, model);
        return "identity/recovery-codes";
    }

    @PostMapping({"/profile/security/recovery-codes", "/console/security/recovery-codes"})
    String regenerate(HttpServletRequest request, RedirectAttributes flash) {
        Realm realm = Realms.of(request);
        if (!web.recentlyAuthenticated(realm, request)) {
            return reauthenticate(realm);
        }
        var codes = web.regenerateRecoveryCodes(web.person().orElseThrow(), request);
        if (codes.isEmpty()) {
            return "redirect:" + Realms.securityPath(realm);
        }
        flash.addFlashAttribute("recoveryCodes", codes.get());
        return "redirect:" + Realms.securityPath(realm) + "/recovery-codes";
    }

    @PostMapping({"/profile/security/totp/disable", "/console/security/totp/disable"})
    String disable(HttpServletRequest request, RedirectAttributes flash) {
        Realm realm = Realms.of(request);
        if (!web.recentlyAuthenticated(realm, request)) {
            return reauthenticate(realm);
        }
        boolean disabled = web.disableTotp(web.person().orElseThrow(), request);
        flash.addFlashAttribute(disabled ? "totpDisabled" : "stillRequired", true);
        return "redirect:" + Realms.securityPath(realm);
    }

    @PostMapping("/profile/security/passkeys/{id}/delete")
    String removePasskey(@PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        Realm realm = Realm.CUSTOMER;
        if (!web.recentlyAuthenticated(realm, request)) {
            return reauthenticate(realm);
        }
        var person = web.person().orElseThrow();
        if (web.isLastRequiredFactor(person)) {
            flash.addFlashAttribute("stillRequired", true);
        } else if (web.removePasskey(person, id, request).isPresent()) {
            flash.addFlashAttribute("passkeyRemoved", true);
        }
        return "redirect:" + Realms.securityPath(realm);
    }

    private static String reauthenticate(Realm realm) {
        return "redirect:" + Realms.reauthenticationPath(realm) + "?next=" + Realms.securityPath(realm);
    }
}
