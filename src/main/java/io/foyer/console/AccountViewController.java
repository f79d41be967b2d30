package io.foyer.console;

import io.foyer.account.AccountDetails;
import io.foyer.account.AccountSignIns;
import io.foyer.account.Accounts;
import io.foyer.account.Contact;
import io.foyer.account.Member;
import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.Services;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff view of one account and the ownership transfer on it. Paths name the account by
 * customer number — never {@code {accountId}}, which the customer-side access check claims.
 */
@Controller
class AccountViewController {

    static final int AUDIT_LINES = 100;
    private final Accounts accounts;
    private final OwnershipTransfer ownership;
    static final int SIGN_INS_SHOWN = 20;
    private final Users users;
    private final AccountSignIns signIns;
    private final CallerVerification verification;
    private final Services services;

    AccountViewController(
            Accounts accounts,
            OwnershipTransfer ownership,
            Users users,
            AccountSignIns signIns,
            CallerVerification verification,
            Services services) {
        this.accounts = accounts;
        this.ownership = ownership;
        this.users = users;
        this.signIns = signIns;
        this.verification = verification;
        this.services = services;
    }

    @GetMapping("/console/accounts/{customerNumber}")
    String show(@PathVariable String customerNumber, @AuthenticationPrincipal StaffUser staff, Model model) {
        AccountDetails account = account(customerNumber);
        return prepare(account, accounts.members(account.id()), staff, TransferForm.empty(), model);
    }

    @PostMapping("/console/accounts/{customerNumber}/owner")
    @AllowedRoles(StaffRole.ADMIN)
    String transfer(
            @PathVariable String customerNumber,
            @AuthenticationPrincipal StaffUser staff,
            @ModelAttribute("transferForm") TransferForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        AccountDetails account = account(customerNumber);
        List<Member> members = accounts.members(account.id());
        var newOwner = ownership.check(members, form, errors);
        if (newOwner.isEmpty()) {
            // The language links must lead to the page, not to this POST-only address.
            model.addAttribute("currentPath", "/console/accounts/" + account.customerNumber());
            return prepare(account, members, staff, form, model);
        }
        ownership.transfer(account.id(), newOwner.get(), form.reason(), StaffActors.of(staff, request));
        flash.addFlashAttribute("transferredTo", newOwner.get().email());
        return "redirect:/console/accounts/" + account.customerNumber();
    }

    private AccountDetails account(String customerNumber) {
        return accounts.byCustomerNumber(PathNumbers.parse(customerNumber)).orElseThrow(NotFoundException::new);
    }

    /** The account view again, keeping whatever forms (with their errors) the model holds. */
    String render(AccountDetails account, StaffUser staff, Model model) {
        return prepare(account, accounts.members(account.id()), staff, TransferForm.empty(), model);
    }

    private String prepare(
            AccountDetails account, List<Member> members, StaffUser staff, TransferForm form, Model model) {
        List<Contact> contacts = accounts.contacts(account.id());
        model.addAttribute("account", account);
        model.addAttribute("members", members);
        model.addAttribute(
                "disabledUsers",
                users.findAll(members.stream().map(Member::userId).toList()).stream()
                        .filter(UserProfile::disabled)
                        .map(UserProfile::id)
                        .collect(Collectors.toSet()));
        model.addAttribute("allPermissions", Permission.values());
        model.addAttribute("contacts", contacts);
        model.addAttribute(
                "invoiceContact",
                contacts.stream()
                        .filter(c -> account.invoiceContactId() != null && c.id() == account.invoiceContactId())
                        .findFirst()
                        .orElse(null));
        model.addAttribute("audit", accounts.auditLog(account.id(), AUDIT_LINES));
        verification.addTo(model, account, members, staff);
        if (staff.role() == StaffRole.ADMIN || staff.role() == StaffRole.SUPPORT) {
            if (!model.containsAttribute("impersonationForm")) {
                model.addAttribute("impersonationForm", ImpersonationForm.empty());
            }
            model.addAttribute("mayAllowChanges", staff.role() == StaffRole.ADMIN);
        }
        model.addAttribute("signIns", signIns.latest(account.id(), SIGN_INS_SHOWN));
        model.addAttribute("services", services.ofAccount(account.id()));
        model.addAttribute("mayManageServices", ServicesConsoleController.ROLES.contains(staff.role()));
        if (staff.role() == StaffRole.ADMIN) {
            model.addAttribute(
                    "transferCandidates",
                    members.stream().filter(m -> !m.owner()).toList());
            if (!model.containsAttribute("transferForm")) {
                model.addAttribute("transferForm", form);
            }
        }
        return "console/account";
    }
}
