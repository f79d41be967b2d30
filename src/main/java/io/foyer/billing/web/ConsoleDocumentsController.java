package io.foyer.billing.web;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.billing.DocumentAlreadyPaid;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.internal.BillingProblem;
import io.foyer.billing.internal.Document;
import io.foyer.billing.internal.DocumentActions;
import io.foyer.billing.internal.DocumentRecords;
import io.foyer.billing.internal.DocumentRendering;
import io.foyer.billing.internal.Issuing;
import io.foyer.billing.internal.Payments;
import io.foyer.identity.StaffUser;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: all documents with filters, one document, recording a bank payment, credit notes, refunds. */
@Controller
class ConsoleDocumentsController {

    /** A bank payment as typed in. */
    record PaymentForm(String amount, String paidOn, String reference) {}

    static final int PAGE = 100;
    private final DocumentRecords records;
    private final Payments payments;
    private final Issuing issuing;
    private final DocumentActions actions;
    private final DocumentRendering rendering;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Problems problems;
    private final Clock clock;

    ConsoleDocumentsController(
            DocumentRecords records,
            Payments payments,
            Issuing issuing,
            DocumentActions actions,
            DocumentRendering rendering,
            Accounts accounts,
            JdbcClient jdbc,
            Problems problems,
            Clock clock) {
        this.records = records;
        this.payments = payments;
        this.issuing = issuing;
        this.actions = actions;
        this.rendering = rendering;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/billing/documents")
    String list(
            @RequestParam(defaultValue = "all") String filter,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DocumentKind chosenKind = kind(kind);
        int shownPage = Math.max(0, page);
        var documents = records.all(InvoicesController.filter(filter), chosenKind, number, shownPage * PAGE, PAGE + 1);
        model.addAttribute("filter", InvoicesController.filter(filter).name().toLowerCase());
        model.addAttribute("kind", chosenKind == null ? "" : chosenKind.name());
        model.addAttribute("number", number);
        model.addAttribute("page", shownPage);
        model.addAttribute("more", documents.size() > PAGE);
        model.addAttribute("documents", documents.stream().limit(PAGE).toList());
        model.addAttribute("kinds", DocumentKind.values());
        return "billing/console-documents";
    }

    @GetMapping("/console/billing/documents/{documentId}")
    String show(@PathVariable String documentId, Model model) {
        Document d = document(documentId);
        if (!model.containsAttribute("paymentForm")) {
            model.addAttribute(
                    "paymentForm",
                    new PaymentForm(d.due().plain(), LocalDate.now(clock).toString(), d.number()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        AccountDetails account = accounts.details(d.accountId()).orElseThrow(NotFoundException::new);
        model.addAttribute("account", account);
        model.addAttribute("doc", d);
        model.addAttribute("lines", records.lines(d.id()));
        model.addAttribute("taxes", records.taxes(d.id()));
        model.addAttribute("payments", payments.of(d.id()));
        model.addAttribute("invoice", records.invoiceOf(d.accountId(), d.id()).orElse(null));
        model.addAttribute(
                "creditNote", records.creditNoteOf(d.accountId(), d.id()).orElse(null));
        return "billing/console-document";
    }

    @PostMapping("/console/billing/documents/{documentId}/payments")
    String recordPayment(
            @PathVariable String documentId,
            @ModelAttribute("paymentForm") PaymentForm form,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Document d = document(documentId);
        Map<String, String> errors = new LinkedHashMap<>();
        var amount = Amounts.parse(form.amount());
        var paidOn = Amounts.date(form.paidOn());
        if (amount.isEmpty()) {
            errors.put("amount", problems.text("billing.error.invalidNumber"));
        }
        if (paidOn.isEmpty()) {
            errors.put("paidOn", problems.text("billing.error.invalidDate"));
        }
        if (errors.isEmpty()) {
            try {
                var outcome = payments.recordBankPayment(
                        d.accountId(),
                        d.id(),
                        Money.of(amount.get(), d.currency()),
                        paidOn.get(),
                        form.reference(),
                        Actors.staff(staff, request));
                flash.addFlashAttribute("paymentRecorded", true);
                if (outcome.invoice() != null) {
                    flash.addFlashAttribute("invoiceIssued", outcome.invoice().number());
                }
                if (outcome.toBalance().isPositive()) {
                    flash.addFlashAttribute("toBalance", outcome.toBalance().toString());
                }
                return "redirect:/console/billing/documents/" + d.id();
            } catch (DocumentAlreadyPaid e) {
                errors.put("form", problems.text("billing.error.alreadyPaid"));
            } catch (BillingProblem e) {
                errors.put(e.field() == null ? "form" : e.field(), problems.text(e));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/console/billing/documents/" + d.id());
        return show(documentId, model);
    }

    @PostMapping("/console/billing/documents/{documentId}/cancel")
    String cancel(
            @PathVariable String documentId,
            @RequestParam(defaultValue = "false") boolean refund,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Document d = document(documentId);
        try {
            Document note = refund
                    ? actions.refundToBalance(d.accountId(), d.id(), Actors.staff(staff, request))
                    : issuing.creditNote(d.accountId(), d.id(), Actors.staff(staff, request));
            flash.addFlashAttribute("creditNoteIssued", note.number());
            return "redirect:/console/billing/documents/" + note.id();
        } catch (BillingProblem e) {
            flash.addFlashAttribute("problem", problems.text(e));
            return "redirect:/console/billing/documents/" + d.id();
        }
    }

    @GetMapping("/console/billing/documents/{documentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String documentId) {
        Document d = document(documentId);
        return Downloads.pdf(d.number(), rendering.pdf(d));
    }

    private Document document(String documentId) {
        if (documentId == null || !documentId.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        long id = Long.parseLong(documentId);
        return jdbc.sql("select account_id from billing_document where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .flatMap(accountId -> records.find(accountId, id))
                .orElseThrow(NotFoundException::new);
    }

    private static DocumentKind kind(String kind) {
        for (DocumentKind k : DocumentKind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return k;
            }
        }
        return null;
    }
}
