package io.foyer.billing.web;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.billing.Billing;
import io.foyer.billing.DraftLine;
import io.foyer.billing.internal.BillingProblem;
import io.foyer.billing.internal.Document;
import io.foyer.billing.internal.DocumentActions;
import io.foyer.billing.internal.DocumentRecords;
import io.foyer.billing.internal.Ledger;
import io.foyer.billing.internal.Payouts;
import io.foyer.identity.StaffUser;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff: billing of one account — its documents, balance, ledger and payouts — with a manual
 * invoice and a credit to the balance. The account is named by customer number, as in the rest of
 * the console.
 */
@Controller
class ConsoleAccountBillingController {

    static final int LINES = 5;

    /** A manual invoice: up to five lines as parallel lists; empty rows are skipped. */
    record InvoiceForm(List<String> description, List<String> quantity, List<String> unitPrice) {
        static InvoiceForm empty() {
            List<String> blank = new ArrayList<>(java.util.Collections.nCopies(LINES, ""));
            return new InvoiceForm(blank, blank, blank);
        }

        public String at(List<String> values, int i) {
            return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
        }
    }

    /** A credit to the balance. */
    record CreditForm(String kind, String amount, String note) {}

    private final Accounts accounts;
    private final DocumentRecords records;
    private final DocumentActions actions;
    private final Billing billing;
    private final Ledger ledger;
    private final Payouts payouts;
    private final Problems problems;

    ConsoleAccountBillingController(
            Accounts accounts,
            DocumentRecords records,
            DocumentActions actions,
            Billing billing,
            Ledger ledger,
            Payouts payouts,
            Problems problems) {
        this.accounts = accounts;
        this.records = records;
        this.actions = actions;
        this.billing = billing;
        this.ledger = ledger;
        this.payouts = payouts;
        this.problems = problems;
    }

    @GetMapping("/console/billing/accounts/{customerNumber}")
    String show(@PathVariable String customerNumber, Model model) {
        AccountDetails account = account(customerNumber);
        model.addAttribute("account", account);
        model.addAttribute("documents", records.list(account.id(), DocumentRecords.Filter.ALL, null, 0, 500));
        model.addAttribute("balance", billing.balance(account.id()));
        model.addAttribute("entries", ledger.entries(account.id(), 200));
        model.addAttribute("payouts", payouts.of(account.id()));
        if (!model.containsAttribute("invoiceForm")) {
            model.addAttribute("invoiceForm", InvoiceForm.empty());
        }
        if (!model.containsAttribute("creditForm")) {
            model.addAttribute("creditForm", new CreditForm("MANUAL_CREDIT", "", ""));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute(
                "rows", java.util.stream.IntStream.range(0, LINES).boxed().toList());
        return "billing/console-account";
    }

    @PostMapping("/console/billing/accounts/{customerNumber}/invoices")
    String manualInvoice(
            @PathVariable String customerNumber,
            @ModelAttribute("invoiceForm") InvoiceForm form,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        AccountDetails account = account(customerNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        List<DraftLine> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String description = form.at(form.description(), i).strip();
            String quantity = form.at(form.quantity(), i).strip();
            String price = form.at(form.unitPrice(), i).strip();
            if (description.isEmpty() && quantity.isEmpty() && price.isEmpty()) {
                continue;
            }
            var q = Amounts.parse(quantity);
            var p = Amounts.parse(price);
            String row = "lines[" + i + "].";
            if (q.isEmpty()) {
                errors.put(row + "quantity", problems.text("billing.error.invalidNumber"));
            }
            if (p.isEmpty()) {
                errors.put(row + "unitPrice", problems.text("billing.error.invalidNumber"));
            }
            if (q.isPresent() && p.isPresent()) {
                lines.add(new DraftLine(description, q.get(), Money.of(p.get(), account.currency()), null, null, null));
            } else {
                lines.add(new DraftLine(description, BigDecimal.ONE, Money.zero(account.currency()), null, null, null));
            }
        }
        if (errors.isEmpty()) {
            try {
                Document invoice = actions.manualInvoice(account.id(), lines, Actors.staff(staff, request));
                flash.addFlashAttribute("invoiceIssued", invoice.number());
                return "redirect:/console/billing/documents/" + invoice.id();
            } catch (BillingProblem e) {
                errors.put(rowField(e.field(), form), problems.text(e));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/console/billing/accounts/" + account.customerNumber());
        return show(customerNumber, model);
    }

    @PostMapping("/console/billing/accounts/{customerNumber}/credits")
    String credit(
            @PathVariable String customerNumber,
            @ModelAttribute("creditForm") CreditForm form,
            @AuthenticationPrincipal StaffUser staff,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        AccountDetails account = account(customerNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        var amount = Amounts.parse(form.amount());
        Ledger.Kind kind = "VOUCHER".equals(form.kind()) ? Ledger.Kind.VOUCHER : Ledger.Kind.MANUAL_CREDIT;
        if (amount.isEmpty()) {
            errors.put("credit.amount", problems.text("billing.error.invalidNumber"));
        } else {
            try {
                actions.credit(
                        account.id(),
                        kind,
                        Money.of(amount.get(), account.currency()),
                        form.note(),
                        Actors.staff(staff, request));
                flash.addFlashAttribute("credited", true);
                return "redirect:/console/billing/accounts/" + account.customerNumber();
            } catch (BillingProblem e) {
                errors.put("credit." + (e.field() == null ? "amount" : e.field()), problems.text(e));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/console/billing/accounts/" + account.customerNumber());
        return show(customerNumber, model);
    }

    /**
     * The form row of a problem with line n of the non-empty lines (rows left empty are skipped,
     * so line n may be a later row).
     */
    private static String rowField(String field, InvoiceForm form) {
        if (field == null || !field.startsWith("lines[")) {
            return "lines";
        }
        int close = field.indexOf(']');
        int line = Integer.parseInt(field.substring(6, close));
        int seen = -1;
        for (int i = 0; i < LINES; i++) {
            boolean empty = form.at(form.description(), i).isBlank()
                    && form.at(form.quantity(), i).isBlank()
                    && form.at(form.unitPrice(), i).isBlank();
            if (!empty && ++seen == line) {
                return "lines[" + i + "]" + field.substring(close + 1);
            }
        }
        return "lines";
    }

    private AccountDetails account(String customerNumber) {
        if (customerNumber == null || !customerNumber.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return accounts.byCustomerNumber(Long.parseLong(customerNumber)).orElseThrow(NotFoundException::new);
    }
}
