package io.foyer.dashboard;

import io.foyer.account.Accounts;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.Billing;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.Users;
import io.foyer.renewal.Renewals;
import io.foyer.subscription.Services;
import io.foyer.support.SupportTickets;
import io.foyer.support.Ticket;
import io.foyer.support.TicketStatus;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final Accounts accounts;
    private final Users users;
    private final Services services;
    private final Billing billing;
    private final Renewals renewals;
    private final SupportTickets tickets;

    DashboardController(
            Accounts accounts,
            Users users,
            Services services,
            Billing billing,
            Renewals renewals,
            SupportTickets tickets) {
        this.accounts = accounts;
        this.users = users;
        this.services = services;
        this.billing = billing;
        this.renewals = renewals;
        this.tickets = tickets;
    }

    @GetMapping("/accounts/{accountId}")
    @RequiresPermission
    String dashboard(CurrentAccount current, @AuthenticationPrincipal FoyerUser user, Model model, Locale locale) {
        var account = accounts.details(current.accountId()).orElseThrow();
        model.addAttribute("profile", users.find(user.id()).orElseThrow());
        model.addAttribute("account", account);
        if (account.country() != null) {
            model.addAttribute("countryName", new Locale("", account.country()).getDisplayCountry(locale));
        }
        if (current.can(Permission.SETTINGS)) {
            model.addAttribute("contacts", accounts.contacts(current.accountId()));
        }
        // Tiles only for what the member may see: services and invoices are separate permissions.
        if (current.can(Permission.SERVICES)) {
            model.addAttribute("activeServices", services.active(current.accountId()));
        }
        if (current.can(Permission.BILLING)) {
            model.addAttribute(
                    "unpaidCount", billing.unpaid(current.accountId()).size());
            model.addAttribute("balance", billing.balance(current.accountId()));
        }
        if (current.can(Permission.SERVICES) && current.can(Permission.BILLING)) {
            model.addAttribute(
                    "dueForRenewal", renewals.due(current.accountId()).size());
        }
        if (current.can(Permission.SUPPORT)) {
            List<Ticket> all = tickets.ofAccount(current.accountId(), current.userId());
            model.addAttribute(
                    "openTickets",
                    all.stream().filter(t -> t.status() == TicketStatus.OPEN).count());
            model.addAttribute("recentTickets", all.stream().limit(5).toList());
        }
        return "dashboard/dashboard";
    }
}
