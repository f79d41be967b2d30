package io.foyer.subscription.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequestActors;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.Plan;
import io.foyer.shared.web.NotFoundException;
import io.foyer.subscription.ServiceActionRefused;
import io.foyer.subscription.ServiceDetails;
import io.foyer.subscription.Services;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer's services ("orders" in some panels): the list, one service, and what can be done with it. */
@Controller
@RequiresPermission(Permission.SERVICES)
class ServicesController {

    private final Services services;
    private final Catalog catalog;
    private final Billing billing;
    private final RequestActors actors;

    ServicesController(Services services, Catalog catalog, Billing billing, RequestActors actors) {
        this.services = services;
        this.catalog = catalog;
        this.billing = billing;
        this.actors = actors;
    }

    @GetMapping("/accounts/{accountId}/services")
    String list(CurrentAccount current, Model model) {
        model.addAttribute("services", services.ofAccount(current.accountId()));
        return "subscription/services";
    }

    @GetMapping("/accounts/{accountId}/services/{serviceId}")
    String show(CurrentAccount current, @PathVariable long serviceId, Model model) {
        ServiceDetails service = services.find(current.accountId(), serviceId).orElseThrow(NotFoundException::new);
        model.addAttribute("service", service);
        model.addAttribute(
                "configuration",
                catalog.plan(service.planId()).map(Plan::configuration).orElse(Map.of()));
        model.addAttribute("immediateCancellation", services.immediateCancellationAllowed());
        if (current.can(Permission.BILLING)) {
            model.addAttribute("documents", documents(current.accountId(), service));
        }
        return "subscription/service";
    }

    @PostMapping("/accounts/{accountId}/services/{serviceId}/extend")
    @RequiresPermission({Permission.SERVICES, Permission.BILLING})
    String extend(
            CurrentAccount current,
            @PathVariable long serviceId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return act(current, serviceId, flash, () -> {
            DocumentRef document = services.extend(current.accountId(), serviceId, actors.of(current, request));
            // Flash attributes live in the session: plain strings only.
            flash.addFlashAttribute("extendedNumber", document.number());
            flash.addFlashAttribute("extendedGross", document.gross().toString());
        });
    }

    @PostMapping("/accounts/{accountId}/services/{serviceId}/auto-renew")
    String autoRenew(
            CurrentAccount current,
            @PathVariable long serviceId,
            @RequestParam(defaultValue = "false") boolean autoRenew,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return act(current, serviceId, flash, () -> {
            services.setAutoRenew(current.accountId(), serviceId, autoRenew, actors.of(current, request));
            flash.addFlashAttribute("done", autoRenew ? "subscription.autoRenew.on" : "subscription.autoRenew.off");
        });
    }

    @PostMapping("/accounts/{accountId}/services/{serviceId}/cancel")
    String cancel(
            CurrentAccount current,
            @PathVariable long serviceId,
            @RequestParam(defaultValue = "false") boolean immediately,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return act(current, serviceId, flash, () -> {
            services.cancel(current.accountId(), serviceId, immediately, actors.of(current, request));
            flash.addFlashAttribute(
                    "done", immediately ? "subscription.cancel.doneNow" : "subscription.cancel.doneAtEnd");
        });
    }

    @PostMapping("/accounts/{accountId}/services/{serviceId}/cancel/undo")
    String undoCancel(
            CurrentAccount current,
            @PathVariable long serviceId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return act(current, serviceId, flash, () -> {
            services.undoCancellation(current.accountId(), serviceId, actors.of(current, request));
            flash.addFlashAttribute("done", "subscription.cancel.undone");
        });
    }

    /** An order's payment requests and invoices and the service's renewals, newest first. */
    private List<DocumentRef> documents(long accountId, ServiceDetails service) {
        List<DocumentRef> documents = new ArrayList<>();
        if (service.orderId() != null) {
            documents.addAll(
                    billing.documentsFor(accountId, new DocumentOrigin(DocumentOrigin.Kind.ORDER, service.orderId())));
        }
        documents.addAll(
                billing.documentsFor(accountId, new DocumentOrigin(DocumentOrigin.Kind.RENEWAL, service.id())));
        documents.sort((a, b) -> Long.compare(b.id(), a.id()));
        return documents;
    }

    private static String act(CurrentAccount current, long serviceId, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
        } catch (ServiceActionRefused refused) {
            flash.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/accounts/" + current.accountId() + "/services/" + serviceId;
    }
}
