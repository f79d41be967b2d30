package io.foyer.renewal.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.renewal.Renewals;
import io.foyer.subscription.RenewalTerm;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The customer's services due for renewal ("Renew now" on the dashboard), each with the periods it
 * can be renewed for. "Add to cart" sends the selected ones to the cart (ordering, {@code
 * /accounts/{id}/cart/renewals}); checkout then asks for each one's renewal payment request — the
 * same one the billing run would create for that period, never a second.
 */
@Controller
@RequiresPermission({Permission.SERVICES, Permission.BILLING})
class RenewalPageController {

    private final Renewals renewals;
    private final Services services;

    RenewalPageController(Renewals renewals, Services services) {
        this.renewals = renewals;
        this.services = services;
    }

    /** A due service with its renewal terms, its own period first. */
    record DueService(ServiceDetails service, List<RenewalTerm> terms) {}

    @GetMapping("/accounts/{accountId}/renewals")
    String page(CurrentAccount current, Model model) {
        List<DueService> due = renewals.due(current.accountId()).stream()
                .map(s -> new DueService(s, services.renewalTerms(current.accountId(), s.id())))
                .filter(d -> !d.terms().isEmpty())
                .toList();
        model.addAttribute("due", due);
        return "renewal/renewals";
    }
}
