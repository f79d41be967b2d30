package io.foyer.billing.web;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentAlreadyPaid;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.InsufficientBalance;
import io.foyer.billing.internal.BillingProblem;
import io.foyer.billing.internal.Document;
import io.foyer.billing.internal.DocumentActions;
import io.foyer.billing.internal.DocumentRecords;
import io.foyer.billing.internal.DocumentRendering;
import io.foyer.billing.internal.PaymentLinks;
import io.foyer.billing.internal.Payments;
import io.foyer.identity.FoyerUser;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer's invoices, payment requests and credit notes: list, view, download, pay, links. */
@Controller
@RequiresPermission(Permission.BILLING)
class InvoicesController {

    private final DocumentRecords records;
    private final DocumentActions actions;
    private final DocumentRendering rendering;
    private final Payments payments;
    private final PaymentLinks links;
    private final Billing billing;
    private final Problems problems;
    private final String baseUrl;

    InvoicesController(
            DocumentRecords records,
            DocumentActions actions,
            DocumentRendering rendering,
            Payments payments,
            PaymentLinks links,
            Billing billing,
            Problems problems,
            @Value("${foyer.base-url}") String baseUrl) {
        this.records = records;
        this.actions = actions;
        this.rendering = rendering;
        this.payments = payments;
        this.links = links;
        this.billing = billing;
        this.problems = problems;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/accounts/{accountId}/invoices")
    String list(CurrentAccount current, @RequestParam(defaultValue = "unpaid") String filter, Model model) {
        DocumentRecords.Filter chosen = filter(filter);
        model.addAttribute("filter", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("documents", records.list(current.accountId(), chosen, null, 0, 500));
        model.addAttribute("balance", billing.balance(current.accountId()));
        return "billing/invoices";
    }

    @GetMapping("/accounts/{accountId}/invoices/{documentId}")
    String show(
            CurrentAccount current,
            @PathVariable long documentId,
            @RequestParam(required = false) String method,
            Model model) {
        Document d = document(current, documentId);
        model.addAttribute("doc", d);
        model.addAttribute("lines", records.lines(d.id()));
        model.addAttribute("taxes", records.taxes(d.id()));
        model.addAttribute("payments", payments.of(d.id()));
        var balance = billing.balance(current.accountId());
        model.addAttribute("balance", balance);
        model.addAttribute("balanceCovers", d.payable() && balance.compareTo(d.due()) >= 0);
        model.addAttribute("showBank", d.payable() && "bank_transfer".equals(method));
        model.addAttribute(
                "invoice",
                d.kind() == DocumentKind.PAYMENT_REQUEST
                        ? records.invoiceOf(current.accountId(), d.id()).orElse(null)
                        : null);
        model.addAttribute(
                "creditNote",
                d.kind() == DocumentKind.INVOICE
                        ? records.creditNoteOf(current.accountId(), d.id()).orElse(null)
                        : null);
        model.addAttribute(
                "corrected",
                d.correctsDocumentId() == null
                        ? null
                        : records.find(current.accountId(), d.correctsDocumentId())
                                .orElse(null));
        return "billing/document";
    }

    @PostMapping("/accounts/{accountId}/invoices/{documentId}/pay")
    String pay(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long documentId,
            @RequestParam(defaultValue = "") String method,
            HttpServletRequest request,
            RedirectAttributes flash) {
        String back = path(current, documentId);
        if ("BALANCE".equals(method)) {
            try {
                payments.payFromBalance(current.accountId(), documentId, Actors.customer(user, request));
                flash.addFlashAttribute("paid", true);
            } catch (InsufficientBalance e) {
                flash.addFlashAttribute("problem", problems.text("billing.error.insufficientBalance"));
            } catch (DocumentAlreadyPaid e) {
                flash.addFlashAttribute("problem", problems.text("billing.error.alreadyPaid"));
            } catch (BillingProblem e) {
                flash.addFlashAttribute("problem", problems.text(e));
            }
            return "redirect:" + back;
        }
        if ("BANK_TRANSFER".equals(method)) {
            return "redirect:" + back + "?method=bank_transfer#pay";
        }
        flash.addFlashAttribute("problem", problems.text("billing.pay.chooseMethod"));
        return "redirect:" + back;
    }

    @PostMapping("/accounts/{accountId}/invoices/{documentId}/payment-link")
    String paymentLink(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long documentId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            PaymentLinks.Link link = links.create(current.accountId(), documentId, Actors.customer(user, request));
            flash.addFlashAttribute("paymentLink", baseUrl + "/pay/" + link.token());
            flash.addFlashAttribute("paymentLinkExpires", link.expiresAt());
        } catch (BillingProblem e) {
            flash.addFlashAttribute("problem", problems.text(e));
        }
        return "redirect:" + path(current, documentId) + "#payment-link";
    }

    @PostMapping("/accounts/{accountId}/invoices/{documentId}/delete")
    String delete(
            CurrentAccount current,
            @AuthenticationPrincipal FoyerUser user,
            @PathVariable long documentId,
            @RequestParam(defaultValue = "false") boolean recreate,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            if (recreate) {
                Document created = actions.replace(current.accountId(), documentId, Actors.customer(user, request));
                flash.addFlashAttribute("replaced", true);
                return "redirect:" + path(current, created.id());
            }
            actions.delete(current.accountId(), documentId, Actors.customer(user, request));
            flash.addFlashAttribute("deleted", true);
            return "redirect:/accounts/" + current.accountId() + "/invoices";
        } catch (BillingProblem e) {
            flash.addFlashAttribute("problem", problems.text(e));
            return "redirect:" + path(current, documentId);
        }
    }

    @GetMapping("/accounts/{accountId}/invoices/{documentId}/pdf")
    ResponseEntity<byte[]> pdf(CurrentAccount current, @PathVariable long documentId) {
        Document d = document(current, documentId);
        return Downloads.pdf(d.number(), rendering.pdf(d));
    }

    @GetMapping("/accounts/{accountId}/invoices/{documentId}/quote")
    ResponseEntity<byte[]> quote(CurrentAccount current, @PathVariable long documentId) {
        Document d = document(current, documentId);
        if (d.kind() != DocumentKind.PAYMENT_REQUEST || !d.payable()) {
            throw new NotFoundException();
        }
        return Downloads.pdf("quote-" + d.number(), rendering.quotePdf(d));
    }

    @GetMapping("/accounts/{accountId}/invoices/{documentId}/xml")
    ResponseEntity<byte[]> xml(
            CurrentAccount current,
            @PathVariable long documentId,
            @RequestParam(defaultValue = "facturx") String format) {
        Document d = document(current, documentId);
        if (d.kind() == DocumentKind.PAYMENT_REQUEST) {
            throw new NotFoundException();
        }
        return Downloads.xml(d.number() + "-" + format, rendering.xml(d, format));
    }

    private Document document(CurrentAccount current, long documentId) {
        return records.find(current.accountId(), documentId)
                .filter(d -> d.deletedAt() == null)
                .orElseThrow(NotFoundException::new);
    }

    private static String path(CurrentAccount current, long documentId) {
        return "/accounts/" + current.accountId() + "/invoices/" + documentId;
    }

    static DocumentRecords.Filter filter(String value) {
        return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
            case "paid" -> DocumentRecords.Filter.PAID;
            case "all" -> DocumentRecords.Filter.ALL;
            default -> DocumentRecords.Filter.UNPAID;
        };
    }
}
