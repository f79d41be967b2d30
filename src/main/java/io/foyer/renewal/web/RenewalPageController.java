package io.foyer.renewal.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequestActors;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.DocumentRef;
import io.foyer.renewal.Renewals;
import io.foyer.subscription.ServiceActionRefused;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's services due for renewal ("Renew now" on the dashboard): the selected ones get
 * their renewal payment request at once — the same one the billing run would create, never a
 * second — to be paid on the invoices page.
 */
@Controller
@RequiresPermission({Permission.SERVICES, Permission.BILLING})
class RenewalPageController {

    private final Renewals renewals;
    private final Services services;
    private final RequestActors actors;

    RenewalPageController(Renewals renewals, Services services, RequestActors actors) {
        this.renewals = renewals;
        this.services = services;
        this.actors = actors;
    }

    @GetMapping("/accounts/{accountId}/renewals")
    String page(CurrentAccount current, Model model) {
        model.addAttribute("due", renewals.due(current.accountId()));
        return "renewal/renewals";
    }

    @PostMapping("/accounts/{accountId}/renewals")
    String renew(
            CurrentAccount current,
            @RequestParam(name = "serviceId", required = false) List<String> selected,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Map<String, ServiceDetails> due = renewals.due(current.accountId()).stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.id()), Function.identity()));
        List<ServiceDetails> chosen = selected == null
                ? List.of()
                : selected.stream()
                        .distinct()
                        .map(due::get)
                        .filter(s -> s != null)
                        .toList();
        if (chosen.isEmpty()) {
            flash.addFlashAttribute("problem", "renewal.page.noneSelected");
            return "redirect:/accounts/" + current.accountId() + "/renewals";
        }
        // Flash attributes live in the session: plain strings only.
        List<String> requested = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ServiceDetails service : chosen) {
            try {
                DocumentRef document = services.extend(current.accountId(), service.id(), actors.of(current, request));
                requested.add(service.name() + ": " + document.number() + " (" + document.gross() + ")");
            } catch (ServiceActionRefused e) {
                refused.add(service.name());
            }
        }
        flash.addFlashAttribute("requested", requested);
        flash.addFlashAttribute("refused", refused);
        return "redirect:/accounts/" + current.accountId() + "/renewals";
    }
}
