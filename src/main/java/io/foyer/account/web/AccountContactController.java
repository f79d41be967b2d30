package io.foyer.account.web;

import io.foyer.account.AccountDetails;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccountContactData;
import io.foyer.account.internal.AccountManagement;
import io.foyer.account.internal.InvalidField;
import io.foyer.identity.FoyerUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account contact: to whom invoices are issued (unless a contact is chosen instead). */
@Controller
@RequiresPermission(Permission.SETTINGS)
class AccountContactController {

    private final AccountManagement accounts;

    AccountContactController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts/{accountId}/contact")
    String show(CurrentAccount current, Model model) {
        AccountDetails d = accounts.details(current.accountId()).orElseThrow();
        model.addAttribute("form", AccountContactData.of(d));
        model.addAttribute("countries", Countries.all());
        return "account/contact";
    }

    @PostMapping("/accounts/{accountId}/contact")
    String save(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("form") AccountContactData form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                accounts.updateContact(current.accountId(), form, WebActors.of(user, request));
                flash.addFlashAttribute("saved", true);
                return "redirect:/accounts/" + current.accountId();
            } catch (InvalidField invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey(), invalid.arguments(), null);
            }
        }
        model.addAttribute("countries", Countries.all());
        return "account/contact";
    }
}
