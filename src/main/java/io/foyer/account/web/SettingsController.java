package io.foyer.account.web;

import io.foyer.account.AccountDetails;
import io.foyer.account.AccountSignIns;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccountManagement;
import io.foyer.account.internal.AccountSettingsData;
import io.foyer.account.internal.InvalidField;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.web.Languages;
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

/** Account settings: language, currency, auto-renew, addresses per category, mail preferences, invoice recipient. */
@Controller
@RequiresPermission(Permission.SETTINGS)
class SettingsController {

    static final int SIGN_INS_SHOWN = 10;
    private final AccountManagement accounts;
    private final AccountSignIns signIns;

    SettingsController(AccountManagement accounts, AccountSignIns signIns) {
        this.accounts = accounts;
        this.signIns = signIns;
    }

    @GetMapping("/accounts/{accountId}/settings")
    String show(CurrentAccount current, Model model) {
        AccountDetails d = accounts.details(current.accountId()).orElseThrow();
        model.addAttribute("form", AccountSettingsData.of(d));
        return prepare(current, model);
    }

    @PostMapping("/accounts/{accountId}/settings")
    String save(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("form") AccountSettingsData form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                accounts.updateSettings(current.accountId(), form, WebActors.of(user, request));
                flash.addFlashAttribute("saved", true);
                return "redirect:/accounts/" + current.accountId() + "/settings";
            } catch (InvalidField invalid) {
                errors.rejectValue(invalid.field(), invalid.messageKey());
            }
        }
        return prepare(current, model);
    }

    private String prepare(CurrentAccount current, Model model) {
        model.addAttribute("contacts", accounts.contacts(current.accountId()));
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("currencies", AccountSettingsData.CURRENCIES);
        model.addAttribute("signIns", signIns.latest(current.accountId(), SIGN_INS_SHOWN));
        return "account/settings";
    }
}
