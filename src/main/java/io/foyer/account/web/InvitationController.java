package io.foyer.account.web;

import io.foyer.account.Accounts;
import io.foyer.account.internal.MemberManagement;
import io.foyer.identity.EmailAlreadyRegistered;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.PasswordRejected;
import io.foyer.identity.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Accepting an invitation: a signed-in user joins with one click; someone without a user sets a
 * name and password; someone whose address already has a user is asked to log in first.
 */
@Controller
class InvitationController {

    private final MemberManagement members;
    private final Accounts accounts;
    private final Users users;

    InvitationController(MemberManagement members, Accounts accounts, Users users) {
        this.members = members;
        this.accounts = accounts;
        this.users = users;
    }

    record NewUserForm(
            String token,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
            @NotBlank(message = "{validation.required}") String password,
            String confirmation) {}

    @GetMapping("/invitations/accept")
    String show(@RequestParam(required = false) String token, @AuthenticationPrincipal FoyerUser user, Model model) {
        var invitation = members.pendingInvitation(token);
        if (invitation.isEmpty()) {
            return "account/invitation-invalid";
        }
        var inv = invitation.get();
        model.addAttribute("invitation", inv);
        model.addAttribute(
                "accountName", accounts.details(inv.accountId()).orElseThrow().displayName());
        model.addAttribute("token", token);
        model.addAttribute("existingUser", users.findByEmail(inv.email()).isPresent());
        model.addAttribute("form", new NewUserForm(token, "", "", ""));
        return "account/invitation-accept";
    }

    @PostMapping("/invitations/accept")
    String acceptSignedIn(@RequestParam String token, @AuthenticationPrincipal FoyerUser user) {
        if (user == null) {
            return "redirect:/login";
        }
        if (members.pendingInvitation(token).isEmpty()) {
            return "account/invitation-invalid";
        }
        long accountId = members.accept(token, user.id(), user.email());
        return "redirect:/accounts/" + accountId;
    }

    @PostMapping("/invitations/register")
    String acceptAsNewUser(
            @Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, Model model, Locale locale) {
        var invitation = members.pendingInvitation(form.token());
        if (invitation.isEmpty()) {
            return "account/invitation-invalid";
        }
        if (!Objects.equals(form.password(), form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                members.acceptAsNewUser(
                        form.token(), form.name(), form.password(), "de".equals(locale.getLanguage()) ? "de" : "en");
                return "redirect:/login?joined";
            } catch (PasswordRejected rejected) {
                errors.rejectValue("password", rejected.messageKey());
            } catch (EmailAlreadyRegistered taken) {
                return "redirect:/invitations/accept?token=" + form.token();
            }
        }
        var inv = invitation.get();
        model.addAttribute("invitation", inv);
        model.addAttribute(
                "accountName", accounts.details(inv.accountId()).orElseThrow().displayName());
        model.addAttribute("token", form.token());
        model.addAttribute("existingUser", false);
        return "account/invitation-accept";
    }
}
