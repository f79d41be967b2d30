package io.foyer.console;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.AuditLog;
import io.foyer.account.Member;
import io.foyer.identity.Impersonation;
import io.foyer.identity.Impersonations;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "View as customer" from the account view: support and admins see the customer panel as one
 * member of the account sees it, for that account only, with a banner the whole time. Start and
 * end are written to the account's audit log, which the customer sees.
 */
@Controller
class ImpersonationController {

    static final int MAX_REASON = 500;

    private final Accounts accounts;
    private final Impersonations impersonations;
    private final AuditLog audit;
    private final AccountViewController view;
    private final Clock clock;

    ImpersonationController(
            Accounts accounts, Impersonations impersonations, AuditLog audit, AccountViewController view, Clock clock) {
        this.accounts = accounts;
        this.impersonations = impersonations;
        this.audit = audit;
        this.view = view;
        this.clock = clock;
    }

    @PostMapping("/console/accounts/{customerNumber}/impersonate")
    @AllowedRoles({StaffRole.ADMIN, StaffRole.SUPPORT})
    @Transactional
    String start(
            @PathVariable String customerNumber,
            @AuthenticationPrincipal StaffUser staff,
            @ModelAttribute("impersonationForm") ImpersonationForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        AccountDetails account =
                accounts.byCustomerNumber(PathNumbers.parse(customerNumber)).orElseThrow(NotFoundException::new);
        Optional<Member> member = accounts.members(account.id()).stream()
                .filter(m -> String.valueOf(m.userId()).equals(form.userId()))
                .findFirst();
        if (member.isEmpty()) {
            errors.rejectValue("userId", "console.impersonation.chooseMember");
        }
        String reason = form.trimmedReason();
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "validation.required");
        } else if (reason.length() > MAX_REASON) {
            errors.rejectValue("reason", "validation.tooLong");
        }
        if (form.changesAllowed() && staff.role() != StaffRole.ADMIN) {
            errors.rejectValue("allowChanges", "console.impersonation.changesAdminOnly");
        }
        if (errors.hasErrors()) {
            model.addAttribute("currentPath", "/console/accounts/" + account.customerNumber());
            return view.render(account, staff, model);
        }
        Impersonation impersonation = new Impersonation(
                staff.id(),
                staff.email(),
                member.get().userId(),
                member.get().email(),
                account.id(),
                reason,
                !form.changesAllowed(),
                clock.instant());
        audit.record(
                account.id(),
                StaffActors.of(staff, request),
                "impersonation.started",
                member.get().email() + (form.changesAllowed() ? " (changes allowed): " : " (read-only): ") + reason);
        impersonations.start(impersonation, request, response);
        return "redirect:/accounts/" + account.id();
    }

    @PostMapping("/console/impersonation/end")
    @Transactional
    String end(@AuthenticationPrincipal StaffUser staff, HttpServletRequest request, HttpServletResponse response) {
        Optional<Impersonation> ended = impersonations.end(request, response);
        if (ended.isEmpty()) {
            return "redirect:/console";
        }
        audit.record(
                ended.get().accountId(),
                StaffActors.of(staff, request),
                "impersonation.ended",
                ended.get().userEmail());
        return accounts.details(ended.get().accountId())
                .map(a -> "redirect:/console/accounts/" + a.customerNumber())
                .orElse("redirect:/console");
    }
}
