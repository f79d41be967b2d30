package io.foyer.account.web;

import io.foyer.account.Contact;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccountManagement;
import io.foyer.account.internal.ContactData;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contacts of an account: list, create, edit, delete. */
@Controller
@RequiresPermission(Permission.SETTINGS)
class ContactsController {

    private final AccountManagement accounts;

    ContactsController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts/{accountId}/contacts")
    String list(CurrentAccount current, Model model) {
        model.addAttribute("contacts", accounts.contacts(current.accountId()));
        model.addAttribute(
                "invoiceContactId",
                accounts.details(current.accountId()).orElseThrow().invoiceContactId());
        return "account/contacts";
    }

    @GetMapping("/accounts/{accountId}/contacts/new")
    String newForm(Model model) {
        model.addAttribute("form", new ContactData("", "", "", "", "", "", "", ""));
        model.addAttribute("countries", Countries.all());
        return "account/contact-form";
    }

    @PostMapping("/accounts/{accountId}/contacts/new")
    String create(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @Valid @ModelAttribute("form") ContactData form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            model.addAttribute("countries", Countries.all());
            return "account/contact-form";
        }
        accounts.addContact(current.accountId(), form, WebActors.of(user, request));
        flash.addFlashAttribute("saved", true);
        return "redirect:/accounts/" + current.accountId() + "/contacts";
    }

    @GetMapping("/accounts/{accountId}/contacts/{contactId}")
    String edit(CurrentAccount current, @PathVariable long contactId, Model model) {
        Contact c = accounts.contact(current.accountId(), contactId).orElseThrow(NotFoundException::new);
        model.addAttribute("contactId", c.id());
        model.addAttribute("form", ContactData.of(c));
        model.addAttribute("countries", Countries.all());
        return "account/contact-form";
    }

    @PostMapping("/accounts/{accountId}/contacts/{contactId}")
    String update(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long contactId,
            @Valid @ModelAttribute("form") ContactData form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        accounts.contact(current.accountId(), contactId).orElseThrow(NotFoundException::new);
        if (errors.hasErrors()) {
            model.addAttribute("contactId", contactId);
            model.addAttribute("countries", Countries.all());
            return "account/contact-form";
        }
        accounts.updateContact(current.accountId(), contactId, form, WebActors.of(user, request));
        flash.addFlashAttribute("saved", true);
        return "redirect:/accounts/" + current.accountId() + "/contacts";
    }

    @PostMapping("/accounts/{accountId}/contacts/{contactId}/delete")
    String delete(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long contactId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        accounts.deleteContact(current.accountId(), contactId, WebActors.of(user, request));
        flash.addFlashAttribute("deleted", true);
        return "redirect:/accounts/" + current.accountId() + "/contacts";
    }
}
