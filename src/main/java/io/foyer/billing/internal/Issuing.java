package io.foyer.billing.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.account.Contact;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DraftLine;
import io.foyer.billing.PricedDraft;
import io.foyer.billing.document.Party;
import io.foyer.shared.Money;
import io.foyer.shared.web.NotFoundException;
import io.foyer.tax.TaxCase;
import io.foyer.tax.TaxDecision;
import io.foyer.tax.UnknownCountry;
import io.foyer.tax.Vat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues documents: payment requests and invoices from draft lines (with today's tax), the invoice
 * of a paid payment request (a copy under a new number), and credit notes. Numbers are taken in the
 * issuing transaction.
 */
@Service
public class Issuing {

    private final Accounts accounts;
    private final BillingSettings settings;
    private final Numbering numbering;
    private final DocumentRecords records;
    private final BillingMails mails;
    private final AuditLog audit;
    private final Clock clock;

    Issuing(
            Accounts accounts,
            BillingSettings settings,
            Numbering numbering,
            DocumentRecords records,
            BillingMails mails,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.numbering = numbering;
        this.records = records;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the lines would cost the account today, without storing anything. */
    public PricedDraft price(long accountId, List<DraftLine> lines) {
        AccountDetails account = account(accountId);
        Party recipient = recipient(account);
        return Pricing.draft(lines, account.currency(), decide(settings.current(), account, recipient, today()));
    }

    /** A document not stored, and its lines: what a quote for the lines prints, priced as of today. */
    public record Unsaved(Document document, Pricing.Priced priced) {}

    public Unsaved quote(long accountId, List<DraftLine> lines) {
        AccountDetails account = account(accountId);
        SellerSettings seller = settings.current();
        LocalDate today = today();
        Party recipient = recipient(account);
        TaxDecision decision = decide(seller, account, recipient, today);
        Pricing.Priced priced = Pricing.price(lines, account.currency(), decision);
        String number = "Q-" + account.customerNumber() + "-" + today.toString().replace("-", "");
        return new Unsaved(
                draft(
                        account,
                        seller,
                        DocumentKind.PAYMENT_REQUEST,
                        number,
                        today,
                        recipient,
                        decision,
                        priced,
                        new DocumentOrigin(DocumentOrigin.Kind.MANUAL, 0)),
                priced);
    }

    /**
     * Issues a payment request, or an invoice, for the lines.
     *
     * @throws BillingProblem for bad lines or an incomplete billing address; nothing is written then
     */
    @Transactional
    public Document issue(
            long accountId, DocumentKind kind, DocumentOrigin origin, List<DraftLine> lines, Actor actor) {
        if (kind == DocumentKind.CREDIT_NOTE) {
            throw new IllegalArgumentException("credit notes correct an invoice");
        }
        AccountDetails account = account(accountId);
        SellerSettings seller = settings.current();
        LocalDate today = today();
        Party recipient = recipient(account);
        TaxDecision decision = decide(seller, account, recipient, today);
        Pricing.Priced priced = Pricing.price(lines, account.currency(), decision);
        String number = numbering.next(kind, seller.format(kind), today);
        Document draft = draft(account, seller, kind, number, today, recipient, decision, priced, origin);
        long id = records.insert(draft, priced.lines(), priced.taxes());
        Document issued = records.find(accountId, id).orElseThrow();
        audit.record(accountId, actor, "billing.document.issued", kind + " " + number + " " + issued.gross());
        mails.issued(issued, account);
        return issued;
    }

    /** The invoice of a paid payment request: its lines and tax data under a new invoice number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Document invoiceFrom(Document request, Instant paidAt, Actor actor) {
        SellerSettings seller = settings.current();
        LocalDate today = today();
        String number = numbering.next(DocumentKind.INVOICE, seller.invoiceFormat(), today);
        Document invoice = copy(request, DocumentKind.INVOICE, number, today, request.id(), null, paidAt);
        long id = records.insert(invoice, records.lines(request.id()), records.taxes(request.id()));
        Document issued = records.find(request.accountId(), id).orElseThrow();
        audit.record(
                request.accountId(),
                actor,
                "billing.document.issued",
                "INVOICE " + number + " for " + request.number() + " " + issued.gross());
        accounts.details(request.accountId()).ifPresent(account -> mails.issued(issued, account));
        return issued;
    }

    /**
     * A credit note for the whole invoice.
     *
     * @throws BillingProblem when it is not an invoice or has been cancelled already
     */
    @Transactional
    public Document creditNote(long accountId, long invoiceId, Actor actor) {
        Document invoice = records.lock(accountId, invoiceId).orElseThrow(NotFoundException::new);
        if (invoice.kind() != DocumentKind.INVOICE) {
            throw BillingProblem.of("billing.error.notAnInvoice");
        }
        if (invoice.corrected()) {
            throw BillingProblem.of("billing.error.alreadyCancelled");
        }
        SellerSettings seller = settings.current();
        LocalDate today = today();
        String number = numbering.next(DocumentKind.CREDIT_NOTE, seller.creditNoteFormat(), today);
        Document note = copy(invoice, DocumentKind.CREDIT_NOTE, number, today, null, invoice.id(), null);
        long id = records.insert(note, records.lines(invoice.id()), records.taxes(invoice.id()));
        audit.record(accountId, actor, "billing.document.cancelled", invoice.number() + " by " + number);
        return records.find(accountId, id).orElseThrow();
    }

    private Document draft(
            AccountDetails account,
            SellerSettings seller,
            DocumentKind kind,
            String number,
            LocalDate today,
            Party recipient,
            TaxDecision decision,
            Pricing.Priced priced,
            DocumentOrigin origin) {
        return new Document(
                0,
                account.id(),
                kind,
                number,
                today,
                today.plusDays(seller.paymentTermsDays()),
                account.currency(),
                account.language(),
                account.customerNumber(),
                seller.seller(),
                seller.bank(),
                recipient,
                account.business(),
                decision.treatment(),
                decision.rateCountry(),
                decision.ratePercent(),
                decision.legalNoteKey(),
                priced.net().amount(),
                priced.tax().amount(),
                priced.gross().amount(),
                seller.paymentTermsDays(),
                origin,
                null,
                null,
                clock.instant(),
                null,
                null,
                java.math.BigDecimal.ZERO,
                false);
    }

    private Document copy(
            Document d, DocumentKind kind, String number, LocalDate today, Long source, Long corrects, Instant paidAt) {
        return new Document(
                0,
                d.accountId(),
                kind,
                number,
                today,
                kind == DocumentKind.INVOICE ? today : d.dueDate().isBefore(today) ? today : d.dueDate(),
                d.currency(),
                d.language(),
                d.customerNumber(),
                d.seller(),
                d.bank(),
                d.recipient(),
                d.recipientBusiness(),
                d.treatment(),
                d.rateCountry(),
                d.ratePercent(),
                d.legalNoteKey(),
                d.totalNet(),
                d.totalTax(),
                d.totalGross(),
                d.paymentTermsDays(),
                d.origin(),
                source,
                corrects,
                clock.instant(),
                paidAt,
                null,
                java.math.BigDecimal.ZERO,
                false);
    }

    private AccountDetails account(long accountId) {
        AccountDetails account = accounts.details(accountId).orElseThrow(NotFoundException::new);
        try {
            Money.zero(account.currency());
        } catch (IllegalArgumentException e) {
            throw new BillingProblem("currency", "billing.error.currency");
        }
        return account;
    }

    /** The invoice recipient contact if the account chose one, else the account contact. */
    Party recipient(AccountDetails a) {
        String vatId = blankToNull(a.vatId());
        if (a.invoiceContactId() != null) {
            for (Contact c : accounts.contacts(a.id())) {
                if (c.id() == a.invoiceContactId()
                        && c.country() != null
                        && !c.country().isBlank()) {
                    boolean company = c.company() != null && !c.company().isBlank();
                    return new Party(
                            company ? c.company() : c.name(),
                            company ? c.name() : null,
                            c.street(),
                            c.postalCode(),
                            c.city(),
                            c.country(),
                            vatId,
                            c.email(),
                            c.phone());
                }
            }
        }
        if (a.country() == null || a.country().isBlank()) {
            throw new BillingProblem("country", "billing.error.addressIncomplete");
        }
        boolean company = a.company() != null && !a.company().isBlank();
        return new Party(
                a.displayName(),
                company ? a.contactName() : null,
                a.street(),
                a.postalCode(),
                a.city(),
                a.country(),
                vatId,
                a.invoiceEmail() != null ? a.invoiceEmail() : a.email(),
                a.phone());
    }

    static TaxDecision decide(SellerSettings seller, AccountDetails account, Party recipient, LocalDate date) {
        try {
            return Vat.decide(new TaxCase(
                    seller.country(),
                    recipient.country(),
                    account.business(),
                    recipient.vatId(),
                    date,
                    seller.ossRegistered()));
        } catch (UnknownCountry e) {
            throw new BillingProblem("country", "billing.error.country");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
