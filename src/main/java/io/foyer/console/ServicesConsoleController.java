package io.foyer.console;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.ServiceActionRefused;
import io.foyer.subscription.ServiceAdministration;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suspending, reactivating and terminating a customer's service from the account view, for
 * administrators and billing staff, each with a reason in the account's audit log. Terminating
 * works whatever the provider allows customers.
 */
@Controller
@AllowedRoles({StaffRole.ADMIN, StaffRole.BILLING})
class ServicesConsoleController {

    static final Set<StaffRole> ROLES = Set.of(StaffRole.ADMIN, StaffRole.BILLING);
    private final Accounts accounts;
    private final ServiceAdministration services;

    ServicesConsoleController(Accounts accounts, ServiceAdministration services) {
        this.accounts = accounts;
        this.services = services;
    }

    @PostMapping("/console/accounts/{customerNumber}/services/{serviceId}/{action}")
    String change(
            @PathVariable String customerNumber,
            @PathVariable String serviceId,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            RedirectAttributes flash) {
        AccountDetails account =
                accounts.byCustomerNumber(PathNumbers.parse(customerNumber)).orElseThrow(NotFoundException::new);
        long id = PathNumbers.parse(serviceId);
        String page = "redirect:/console/accounts/" + account.customerNumber() + "#services-heading";
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MemberStatusController.MAX_REASON_LENGTH) {
            flash.addFlashAttribute("serviceError", "subscription.console.reasonRequired");
            return page;
        }
        Actor actor = StaffActors.of(staff, request);
        try {
            switch (action) {
                case "suspend" -> services.suspend(account.id(), id, trimmed, actor);
                case "reactivate" -> services.reactivate(account.id(), id, trimmed, actor);
                case "terminate" -> services.terminate(account.id(), id, trimmed, actor);
                default -> throw new NotFoundException();
            }
            flash.addFlashAttribute("serviceDone", id);
            flash.addFlashAttribute("serviceAction", "subscription.console." + action);
        } catch (ServiceActionRefused refused) {
            flash.addFlashAttribute("serviceError", refused.messageKey());
        }
        return page;
    }
}
