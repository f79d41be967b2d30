package io.foyer.billing.web;

import io.foyer.billing.DocumentAlreadyPaid;
import io.foyer.billing.InsufficientBalance;
import io.foyer.billing.internal.BillingProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused action on a customer page that has no form to show it next to (a download, say) gets
 * a page with the reason rather than a 500.
 */
@ControllerAdvice(assignableTypes = {InvoicesController.class, BalanceController.class, PaymentLinkController.class})
class BillingPageAdvice {

    private final Problems problems;

    BillingPageAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BillingProblem.class)
    String problem(BillingProblem e, Model model, HttpServletResponse response) {
        response.setStatus(
                "billing.error.renderingUnavailable".equals(e.messageKey())
                        ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                        : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", problems.text(e));
        return "billing/problem";
    }

    @ExceptionHandler(DocumentAlreadyPaid.class)
    String alreadyPaid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("message", problems.text("billing.error.alreadyPaid"));
        return "billing/problem";
    }

    @ExceptionHandler(InsufficientBalance.class)
    String insufficient(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("message", problems.text("billing.error.insufficientBalance"));
        return "billing/problem";
    }
}
