package io.foyer.account.web;

import io.foyer.account.AccountCreation;
import io.foyer.account.AccountSummary;
import io.foyer.account.internal.AccessCheck;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.Impersonation;
import io.foyer.shared.web.ClientIp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Choosing an account after login, and creating another one. */
@Controller
class AccountsController {

    private final AccessCheck access;
    private final AccountCreation creation;

    AccountsController(AccessCheck access, AccountCreation creation) {
        this.access = access;
        this.creation = creation;
    }

    record NewAccountForm(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                    String name) {}

    /**
     * After login: straight into the only account, else a choice. Accounts whose allowed IP ranges
     * keep the user out from here are listed with the reason instead of a link, so the others stay
     * one click away.
     */
    @GetMapping("/accounts")
    String choose(
            @AuthenticationPrincipal FoyerUser user, Authentication auth, Model model, HttpServletRequest request) {
        if (auth.getDetails() instanceof Impersonation impersonation) {
            return "redirect:/accounts/" + impersonation.accountId();
        }
        List<AccessCheck.AccountChoice> mine = access.choices(user.id(), ClientIp.address(request));
        if (mine.size() == 1 && mine.get(0).reachable() && !model.containsAttribute("lockedOut")) {
            return "redirect:/accounts/" + mine.get(0).account().id();
        }
        model.addAttribute("choices", mine);
        model.addAttribute("clientIp", ClientIp.display(request));
        return "account/choose";
    }

    @GetMapping("/accounts/new")
    String newForm(Model model) {
        model.addAttribute("form", new NewAccountForm(""));
        return "account/new";
    }

    @PostMapping("/accounts/new")
    String create(
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            HttpServletRequest request) {
        if (errors.hasErrors()) {
            return "account/new";
        }
        AccountSummary created =
                creation.createFor(user.id(), form.name(), user.email(), user.language(), WebActors.of(user, request));
        return "redirect:/accounts/" + created.id() + "/contact?created";
    }
}
