package io.foyer.billing.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.Billing;
import io.foyer.billing.internal.BillingProblem;
import io.foyer.billing.internal.Ledger;
import io.foyer.billing.internal.Payouts;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.Money;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account's balance, its ledger and payout requests. */
@Controller
@RequiresPermission(Permission.BILLING)
class BalanceController {

    /** A payout request as typed in. */
    record PayoutForm(String amount, String note) {}

    private final Billing billing;
    private final Ledger ledger;
    private final Payouts payouts;
    private final Problems problems;

    BalanceController(Billing billing, Ledger ledger, Payouts payouts, Problems problems) {
        this.billing = billing;
        this.ledger = ledger;
        this.payouts = payouts;
        this.problems = problems;
    }

    @GetMapping("/accounts/{accountId}/balance")
    String show(CurrentAccount current, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PayoutForm("", ""));
        }
        model.addAttribute("balance", billing.balance(current.accountId()));
        model.addAttribute("entries", ledger.entries(current.accountId(), 200));
        model.addAttribute("payouts", payouts.of(current.accountId()));
        return "billing/balance";
    }

    @PostMapping("/accounts/{accountId}/payouts")
    String requestPayout(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @ModelAttribute("form") PayoutForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Money balance = billing.balance(current.accountId());
        var amount = Amounts.parse(form.amount());
        if (amount.isEmpty()) {
            errors.rejectValue("amount", "billing.error.invalidNumber", problems.text("billing.error.invalidNumber"));
        } else {
            try {
                payouts.request(
                        current.accountId(),
                        Money.of(amount.get(), balance.currency()),
                        form.note(),
                        Actors.customer(user, request));
                flash.addFlashAttribute("requested", true);
                return "redirect:/accounts/" + current.accountId() + "/balance";
            } catch (BillingProblem e) {
                problems.reject(errors, e, "amount", "note");
            }
        }
        model.addAttribute("currentPath", "/accounts/" + current.accountId() + "/balance");
        return show(current, model);
    }
}
