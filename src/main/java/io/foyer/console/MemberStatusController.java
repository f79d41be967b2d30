package io.foyer.console;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.account.Member;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.identity.UserAdministration;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Disabling and enabling a user from the account view, for administrators, with an audited reason.
 * Disabling acts on the user everywhere (every account they belong to), not only on this account.
 */
@Controller
@AllowedRoles(StaffRole.ADMIN)
class MemberStatusController {

    static final int MAX_REASON_LENGTH = 500;
    private final Accounts accounts;
    private final UserAdministration users;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    MemberStatusController(
            Accounts accounts, UserAdministration users, AuditLog audit, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
    }

    @PostMapping("/console/accounts/{customerNumber}/members/{userId}/disable")
    String disable(
            @PathVariable String customerNumber,
            @PathVariable String userId,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return change(customerNumber, userId, reason, true, StaffActors.of(staff, request), flash);
    }

    @PostMapping("/console/accounts/{customerNumber}/members/{userId}/enable")
    String enable(
            @PathVariable String customerNumber,
            @PathVariable String userId,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return change(customerNumber, userId, reason, false, StaffActors.of(staff, request), flash);
    }

    private String change(
            String customerNumber,
            String userId,
            String reason,
            boolean disable,
            Actor actor,
            RedirectAttributes flash) {
        AccountDetails account =
                accounts.byCustomerNumber(PathNumbers.parse(customerNumber)).orElseThrow(NotFoundException::new);
        long id = PathNumbers.parse(userId);
        Member member = accounts.members(account.id()).stream()
                .filter(m -> m.userId() == id)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        String page = "redirect:/console/accounts/" + account.customerNumber();
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON_LENGTH) {
            flash.addFlashAttribute("statusErrorUser", id);
            flash.addFlashAttribute(
                    "statusError",
                    trimmed.isEmpty() ? "console.status.reasonRequired" : "console.status.reasonTooLong");
            return page;
        }
        // The user's change and its reason in this account's audit log are committed together.
        transactions.executeWithoutResult(status -> {
            boolean changed = disable
                    ? users.disable(id, trimmed, actor.id(), actor.ip())
                    : users.enable(id, trimmed, actor.id(), actor.ip());
            if (changed) {
                audit.record(
                        account.id(),
                        actor,
                        disable ? "member.disabled" : "member.enabled",
                        member.email() + ": " + trimmed);
            }
        });
        flash.addFlashAttribute(disable ? "disabledUser" : "enabledUser", member.email());
        return page;
    }
}
