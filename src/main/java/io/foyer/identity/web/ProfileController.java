package io.foyer.identity.web;

import io.foyer.identity.FoyerUser;
import io.foyer.identity.PasswordRejected;
import io.foyer.identity.internal.IdentityWebFacade;
import io.foyer.identity.internal.SignInFlow.Realm;
import io.foyer.identity.internal.TwoFactorWeb;
import io.foyer.shared.web.ClientIp;
import io.foyer.shared.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's personal data and password. */
@Controller
class ProfileController {

    private final IdentityWebFacade identity;
    private final LocaleResolver locales;
    private final TwoFactorWeb twoFactor;

    ProfileController(IdentityWebFacade identity, LocaleResolver locales, TwoFactorWeb twoFactor) {
        this.identity = identity;
        this.locales = locales;
        this.twoFactor = twoFactor;
    }

    record PersonalData(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
            @Size(max = 40, message = "{validation.tooLong}")
                    @Pattern(regexp = "^[+0-9 ()/.-]*$", message = "{validation.phone}")
                    String phone,
            @Pattern(regexp = "en|de", message = "{validation.language}") String language) {}

    @GetMapping("/profile")
    String show(@AuthenticationPrincipal FoyerUser user, Model model) {
        var profile = identity.profile(user.id());
        model.addAttribute("profile", profile);
        model.addAttribute("form", new PersonalData(profile.name(), profile.phone(), profile.language()));
        model.addAttribute("passwordForm", new PasswordForms.Change("", "", ""));
        model.addAttribute("languages", Languages.SUPPORTED);
        return "identity/profile";
    }

    @PostMapping("/profile")
    String update(
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("form") PersonalData form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            model.addAttribute("profile", identity.profile(user.id()));
            model.addAttribute("passwordForm", new PasswordForms.Change("", "", ""));
            model.addAttribute("languages", Languages.SUPPORTED);
            return "identity/profile";
        }
        identity.updateProfile(user.id(), form.name(), form.phone(), form.language());
        locales.setLocale(request, response, Languages.locale(form.language()));
        flash.addFlashAttribute("saved", true);
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForms.Change form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (!Objects.equals(form.password(), form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            // The current password is the re-authentication here, so it goes through the guard.
            var confirmed = twoFactor.reauthenticate(
                    Realm.CUSTOMER, twoFactor.person().orElseThrow(), form.currentPassword(), request);
            if (!confirmed.confirmed() && confirmed.blockedMinutes() > 0) {
                errors.rejectValue("currentPassword", "reauth.locked", new Object[] {confirmed.blockedMinutes()}, null);
            } else if (!confirmed.confirmed()) {
                errors.rejectValue("currentPassword", "password.currentWrong");
            }
        }
        if (!errors.hasErrors()) {
            try {
                if (identity.changePassword(
                        user.id(),
                        form.currentPassword(),
                        form.password(),
                        request.getSession().getId(),
                        ClientIp.of(request))) {
                    flash.addFlashAttribute("passwordChanged", true);
                    return "redirect:/profile";
                }
                errors.rejectValue("currentPassword", "password.currentWrong");
            } catch (PasswordRejected rejected) {
                errors.rejectValue("password", rejected.messageKey());
            }
        }
        var profile = identity.profile(user.id());
        model.addAttribute("profile", profile);
        model.addAttribute("form", new PersonalData(profile.name(), profile.phone(), profile.language()));
        model.addAttribute("languages", Languages.SUPPORTED);
        return "identity/profile";
    }
}
