package io.foyer.billing.web;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.billing.internal.BillingProblem;
import io.foyer.billing.internal.Payouts;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: the open payout requests of all accounts, approved or refused here. */
@Controller
class ConsolePayoutsController {

    private final Payouts payouts;
    private final Accounts accounts;
    private final Problems problems;

    ConsolePayoutsController(Payouts payouts, Accounts accounts, Problems problems) {
        this.payouts = payouts;
        this.accounts = accounts;
        this.problems = problems;
    }

    @GetMapping("/console/billing/payouts")
    String list(Model model) {
        var open = payouts.open();
        Map<Long, AccountDetails> owners = open.stream()
                .map(Payouts.Payout::accountId)
                .distinct()
                .map(id -> accounts.details(id).orElse(null))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(AccountDetails::id, Function.identity()));
        model.addAttribute("payouts", open);
        model.addAttribute("owners", owners);
        return "billing/console-payouts";
    }

    @PostMapping("/console/billing/payouts/{payoutId}/approve")
    String approve(
            @PathVariable String payoutId,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            payouts.approve(id(payoutId), Actors.staff(staff, request));
            flash.addFlashAttribute("approved", true);
        } catch (BillingProblem e) {
            flash.addFlashAttribute("problem", problems.text(e));
        }
        return "redirect:/console/billing/payouts";
    }

    @PostMapping("/console/billing/payouts/{payoutId}/refuse")
    String refuse(
            @PathVariable String payoutId,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            payouts.refuse(id(payoutId), reason, Actors.staff(staff, request));
            flash.addFlashAttribute("refused", true);
        } catch (BillingProblem e) {
            flash.addFlashAttribute("problem", problems.text(e));
            flash.addFlashAttribute("problemPayout", payoutId);
        }
        return "redirect:/console/billing/payouts";
    }

    private static long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(value);
    }
}
