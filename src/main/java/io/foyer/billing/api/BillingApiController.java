package io.foyer.billing.api;

import io.foyer.account.Actor;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.internal.Document;
import io.foyer.billing.internal.DocumentRecords;
import io.foyer.billing.internal.DocumentRendering;
import io.foyer.billing.internal.Ledger;
import io.foyer.billing.internal.Line;
import io.foyer.billing.internal.PaymentLinks;
import io.foyer.billing.internal.Payments;
import io.foyer.billing.internal.Payouts;
import io.foyer.billing.internal.TaxLine;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.shared.Money;
import io.foyer.shared.web.ClientIp;
import io.foyer.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Documents, balance and payouts of an account. Amounts are strings with their currency. */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}")
@RequiresPermission(Permission.BILLING)
@Tag(name = "Billing", description = "Payment requests, invoices, credit notes, balance and payouts")
class BillingApiController {

    static final int MAX_SIZE = 100;

    record Amount(String amount, String currency) {
        static Amount of(Money m) {
            return new Amount(m.plain(), m.currency());
        }
    }

    record DocumentSummary(
            long id,
            String kind,
            String number,
            String status,
            LocalDate issueDate,
            LocalDate dueDate,
            Amount net,
            Amount tax,
            Amount gross,
            Amount due,
            Instant paidAt) {
        static DocumentSummary of(Document d) {
            return new DocumentSummary(
                    d.id(),
                    d.kind().name(),
                    d.number(),
                    d.status().name(),
                    d.issueDate(),
                    d.dueDate(),
                    Amount.of(d.net()),
                    Amount.of(d.tax()),
                    Amount.of(d.gross()),
                    Amount.of(d.due()),
                    d.paidAt());
        }
    }

    record LineView(
            int position,
            String description,
            String quantity,
            Amount unitPrice,
            Amount net,
            String taxCategory,
            String vatRate,
            LocalDate periodFrom,
            LocalDate periodTo,
            Long serviceId) {}

    record TaxView(String category, String vatRate, Amount taxable, Amount tax) {}

    record DocumentDetail(
            DocumentSummary document,
            String taxTreatment,
            String legalNoteKey,
            String origin,
            long originReference,
            Long paymentRequestId,
            Long correctsInvoiceId,
            List<LineView> lines,
            List<TaxView> taxes) {}

    record DocumentPage(List<DocumentSummary> items, int page, int size, int total) {}

    record PaymentLinkView(String url, Instant expiresAt) {}

    record LedgerEntryView(
            long id, String kind, Amount amount, Long documentId, Long payoutId, String note, Instant at) {}

    record BalanceView(Amount balance, List<LedgerEntryView> entries) {}

    record PayoutView(
            long id,
            Amount amount,
            String status,
            String note,
            Instant requestedAt,
            Instant decidedAt,
            String refusalReason) {
        static PayoutView of(Payouts.Payout p) {
            return new PayoutView(
                    p.id(),
                    Amount.of(p.amount()),
                    p.status().name(),
                    p.note(),
                    p.requestedAt(),
                    p.decidedAt(),
                    p.refusalReason());
        }
    }

    /** A payout request: the amount as a decimal string in the account's currency. */
    record PayoutRequest(String amount, String note) {}

    record Items<T>(List<T> items) {}

    private final DocumentRecords records;
    private final DocumentRendering rendering;
    private final PaymentLinks links;
    private final Payments payments;
    private final Payouts payouts;
    private final Ledger ledger;
    private final Billing billing;
    private final Users users;
    private final String baseUrl;

    BillingApiController(
            DocumentRecords records,
            DocumentRendering rendering,
            PaymentLinks links,
            Payments payments,
            Payouts payouts,
            Ledger ledger,
            Billing billing,
            Users users,
            @Value("${foyer.base-url}") String baseUrl) {
        this.records = records;
        this.rendering = rendering;
        this.links = links;
        this.payments = payments;
        this.payouts = payouts;
        this.ledger = ledger;
        this.billing = billing;
        this.users = users;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/documents")
    @Operation(summary = "Documents of the account, newest first")
    DocumentPage list(
            CurrentAccount current,
            @Parameter(description = "PAYMENT_REQUEST, INVOICE or CREDIT_NOTE; all when absent")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "unpaid, paid or all (default)") @RequestParam(defaultValue = "all") String status,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Documents per page, 1 to 100") @RequestParam(defaultValue = "50") int size) {
        DocumentKind chosen = kind(kind);
        DocumentRecords.Filter filter = filter(status);
        if (page < 0) {
            throw new BillingApiProblems.InvalidParameter("page", "billing.api.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BillingApiProblems.InvalidParameter("size", "billing.api.size");
        }
        List<DocumentSummary> items = records.list(current.accountId(), filter, chosen, page * size, size).stream()
                .map(DocumentSummary::of)
                .toList();
        return new DocumentPage(items, page, size, records.count(current.accountId(), filter, chosen));
    }

    @GetMapping("/documents/{documentId}")
    @Operation(summary = "One document with its lines and taxes")
    DocumentDetail show(CurrentAccount current, @PathVariable long documentId) {
        Document d = document(current, documentId);
        List<LineView> lines =
                records.lines(d.id()).stream().map(l -> line(l, d.currency())).toList();
        List<TaxView> taxes =
                records.taxes(d.id()).stream().map(t -> tax(t, d.currency())).toList();
        return new DocumentDetail(
                DocumentSummary.of(d),
                d.treatment().name(),
                d.legalNoteKey(),
                d.origin().kind().name(),
                d.origin().reference(),
                d.sourceDocumentId(),
                d.correctsDocumentId(),
                lines,
                taxes);
    }

    @GetMapping("/documents/{documentId}/pdf")
    @ApiResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "The document as PDF/A-3 (invoices and credit notes with embedded Factur-X XML)")
    ResponseEntity<byte[]> pdf(CurrentAccount current, @PathVariable long documentId) {
        Document d = document(current, documentId);
        return file(d.number() + ".pdf", MediaType.APPLICATION_PDF, rendering.pdf(d));
    }

    @GetMapping("/documents/{documentId}/xml")
    @ApiResponse(
            responseCode = "200",
            description = "The XML",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string", format = "binary")))
    @Operation(summary = "The e-invoice XML of an invoice or credit note")
    ResponseEntity<byte[]> xml(
            CurrentAccount current,
            @PathVariable long documentId,
            @Parameter(description = "facturx (default) or xrechnung") @RequestParam(defaultValue = "facturx")
                    String format) {
        Document d = document(current, documentId);
        return file(d.number() + "-" + format + ".xml", MediaType.APPLICATION_XML, rendering.xml(d, format));
    }

    @PostMapping("/documents/{documentId}/payment-link")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a payment link",
            description = "A public URL that shows only this document and how to pay it, without login, until it"
                    + " is paid or the link expires.")
    PaymentLinkView paymentLink(CurrentAccount current, @PathVariable long documentId, HttpServletRequest request) {
        document(current, documentId);
        PaymentLinks.Link link = links.create(current.accountId(), documentId, actor(current, request));
        return new PaymentLinkView(baseUrl + "/pay/" + link.token(), link.expiresAt());
    }

    @PostMapping("/documents/{documentId}/pay-from-balance")
    @Operation(
            summary = "Pay what is due from the balance",
            description = "409 when the document is paid already or the balance does not cover it; nothing changes"
                    + " then.")
    DocumentSummary payFromBalance(CurrentAccount current, @PathVariable long documentId, HttpServletRequest request) {
        document(current, documentId);
        return DocumentSummary.of(payments.payFromBalance(current.accountId(), documentId, actor(current, request))
                .document());
    }

    @GetMapping("/balance")
    @Operation(summary = "The balance and its ledger, newest entry first")
    BalanceView balance(CurrentAccount current) {
        return new BalanceView(
                Amount.of(billing.balance(current.accountId())),
                ledger.entries(current.accountId(), 500).stream()
                        .map(e -> new LedgerEntryView(
                                e.id(),
                                e.kind().name(),
                                Amount.of(e.amount()),
                                e.documentId(),
                                e.payoutId(),
                                e.note(),
                                e.at()))
                        .toList());
    }

    @GetMapping("/payouts")
    @Operation(summary = "Payout requests of the account, newest first")
    Items<PayoutView> payouts(CurrentAccount current) {
        return new Items<>(
                payouts.of(current.accountId()).stream().map(PayoutView::of).toList());
    }

    @PostMapping("/payouts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request a payout of (part of) the balance", description = "Staff approve or refuse it.")
    PayoutView requestPayout(CurrentAccount current, @RequestBody PayoutRequest body, HttpServletRequest request) {
        Money balance = billing.balance(current.accountId());
        if (body == null || body.amount() == null || !body.amount().strip().matches("\\d{1,12}(\\.\\d{1,6})?")) {
            throw new BillingApiProblems.InvalidParameter("amount", "billing.error.invalidNumber");
        }
        long id = payouts.request(
                current.accountId(),
                Money.of(body.amount().strip(), balance.currency()),
                body.note(),
                actor(current, request));
        return PayoutView.of(payouts.find(id).orElseThrow());
    }

    private Document document(CurrentAccount current, long documentId) {
        return records.find(current.accountId(), documentId)
                .filter(d -> d.deletedAt() == null)
                .orElseThrow(NotFoundException::new);
    }

    private Actor actor(CurrentAccount current, HttpServletRequest request) {
        String email = users.find(current.userId()).map(UserProfile::email).orElse("user " + current.userId());
        return Actor.user(current.userId(), email, ClientIp.of(request));
    }

    private static LineView line(Line l, String currency) {
        return new LineView(
                l.position(),
                l.description(),
                l.quantity().toPlainString(),
                Amount.of(Money.of(l.unitPrice(), currency)),
                Amount.of(Money.of(l.net(), currency)),
                l.taxCategory(),
                l.ratePercent().toPlainString(),
                l.periodFrom(),
                l.periodTo(),
                l.serviceId());
    }

    private static TaxView tax(TaxLine t, String currency) {
        return new TaxView(
                t.category(),
                t.ratePercent().toPlainString(),
                Amount.of(Money.of(t.taxable(), currency)),
                Amount.of(Money.of(t.tax(), currency)));
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name.replaceAll("[^A-Za-z0-9._-]", "_"))
                                .build()
                                .toString())
                .body(content);
    }

    private static DocumentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (DocumentKind k : DocumentKind.values()) {
            if (k.name().equalsIgnoreCase(kind.strip())) {
                return k;
            }
        }
        throw new BillingApiProblems.InvalidParameter("kind", "billing.api.kind");
    }

    private static DocumentRecords.Filter filter(String status) {
        try {
            return DocumentRecords.Filter.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BillingApiProblems.InvalidParameter("status", "billing.api.status");
        }
    }
}
