package io.foyer.billing.internal;

import io.foyer.account.AccountDetails;
import io.foyer.account.Accounts;
import io.foyer.account.Actor;
import io.foyer.account.AuditLog;
import io.foyer.account.Contact;
import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DraftLine;
import io.foyer.billing.IssuedInBatch;
import io.foyer.billing.PaymentRequestDraft;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
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
    private final BalancePayments balancePayments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Issuing(
            Accounts accounts,
            BillingSettings settings,
            Numbering numbering,
            DocumentRecords records,
            BillingMails mails,
            AuditLog audit,
            BalancePayments balancePayments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.numbering = numbering;
        this.records = records;
        this.mails = mails;
        this.audit = audit;
        this.balancePayments = balancePayments;
        this.events = events;
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
        IssuedInBatch outcome = issueAll(kind, List.of(new PaymentRequestDraft(accountId, origin, lines)), actor)
                .get(0);
        if (!outcome.issued()) {
            throw outcome.refusal();
        }
        return records.find(accountId, outcome.document().id()).orElseThrow();
    }

    /** The same for a batch of drafts; see {@link io.foyer.billing.Billing#requestPayments}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<IssuedInBatch> issueAll(DocumentKind kind, List<PaymentRequestDraft> drafts, Actor actor) {
        return issueAll(kind, drafts, actor, issued -> {});
    }

    /**
     * The same, paying the drafts marked {@link PaymentRequestDraft#fromBalance} from the balance
     * as they are issued while it covers them; see {@link io.foyer.billing.Billing#requestPayments(List,
     * Actor, Consumer)}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<IssuedInBatch> issueAll(
            DocumentKind kind,
            List<PaymentRequestDraft> drafts,
            Actor actor,
            Consumer<List<IssuedInBatch>> beforePaid) {
        SellerSettings seller = settings.current();
        LocalDate today = today();
        Map<Long, AccountDetails> accounts = this.accounts.details(
                drafts.stream().map(PaymentRequestDraft::accountId).toList());
        Map<Long, Terms> terms = new HashMap<>();
        IssuedInBatch[] outcomes = new IssuedInBatch[drafts.size()];
        List<Integer> accepted = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Pricing.Priced> priced = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            PaymentRequestDraft d = drafts.get(i);
            try {
                AccountDetails account = accounts.get(d.accountId());
                if (account == null) {
                    throw new NotFoundException();
                }
                Terms t = terms.computeIfAbsent(d.accountId(), id -> Terms.of(this, seller, account, today));
                Pricing.Priced p = Pricing.price(d.lines(), t.account().currency(), t.decision());
                documents.add(draft(account, seller, kind, null, today, t.recipient(), t.decision(), p, d.origin()));
                priced.add(p);
                accepted.add(i);
            } catch (BillingProblem refused) {
                outcomes[i] = new IssuedInBatch(d, null, refused);
            }
        }
        List<String> numbers = numbering.next(kind, seller.format(kind), today, documents.size());
        List<Long> ids = records.newIds(documents.size());
        for (int j = 0; j < documents.size(); j++) {
            documents.set(j, documents.get(j).numbered(ids.get(j), numbers.get(j)));
        }
        Instant paidAt = clock.instant();
        List<Document> paying =
                payAtIssue(documents, accepted.stream().map(drafts::get).toList(), paidAt);
        // The mails render while the documents are written. A payment request paid as it is issued
        // is not mailed: its invoice is.
        var mailed = mails.prepareIssued(
                documents.stream()
                        .filter(d -> d.paidAt() == null || d.kind() == DocumentKind.INVOICE)
                        .toList(),
                accounts);
        records.insertAll(
                ids,
                documents,
                priced.stream().map(Pricing.Priced::lines).toList(),
                priced.stream().map(Pricing.Priced::taxes).toList());
        List<AuditLog.Note> notes = new ArrayList<>(documents.size());
        for (int j = 0; j < documents.size(); j++) {
            Document issued = documents.get(j);
            int i = accepted.get(j);
            outcomes[i] = new IssuedInBatch(drafts.get(i), issued.ref(), null);
            notes.add(new AuditLog.Note(
                    issued.accountId(),
                    "billing.document.issued",
                    kind + " " + issued.number() + " " + issued.gross()));
        }
        audit.recordAll(actor, notes);
        List<IssuedInBatch> answers = List.of(outcomes);
        balancePayments.record(paying, paidAt, actor);
        mails.queue(mailed);
        beforePaid.accept(answers);
        if (!paying.isEmpty()) {
            settlePaidAtIssue(documents, priced, paidAt, accounts, actor);
        }
        return answers;
    }

    /**
     * Decides which of the numbered documents whose drafts ask for it the balances cover, and
     * replaces them in the list by their paid selves; answers them as they were, unpaid. The
     * balances are locked after the numbers, in the order every payment takes them.
     */
    private List<Document> payAtIssue(List<Document> documents, List<PaymentRequestDraft> drafts, Instant paidAt) {
        List<Integer> wanted = new ArrayList<>();
        for (int j = 0; j < documents.size(); j++) {
            if (drafts.get(j).fromBalance()) {
                wanted.add(j);
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Document> paying = new ArrayList<>();
        for (int k : balancePayments.covered(wanted.stream().map(documents::get).toList())) {
            int j = wanted.get(k);
            paying.add(documents.get(j));
            documents.set(j, documents.get(j).paidInFull(paidAt));
        }
        return paying;
    }

    /**
     * What follows a payment for the documents issued paid: the invoices of the payment requests,
     * written from their lines and tax groups at hand, and the one event about the payments.
     */
    private void settlePaidAtIssue(
            List<Document> documents,
            List<Pricing.Priced> priced,
            Instant paidAt,
            Map<Long, AccountDetails> accounts,
            Actor actor) {
        List<Document> paid = new ArrayList<>();
        List<Document> requests = new ArrayList<>();
        List<Pricing.Priced> requestLines = new ArrayList<>();
        for (int j = 0; j < documents.size(); j++) {
            Document d = documents.get(j);
            if (d.paidAt() != null) {
                paid.add(d);
                if (d.kind() == DocumentKind.PAYMENT_REQUEST) {
                    requests.add(d);
                    requestLines.add(priced.get(j));
                }
            }
        }
        invoicesFrom(requests, requestLines, paidAt, accounts, actor);
        events.publishEvent(BalancePayments.paid(paid, paidAt));
    }

    /** An account's billing terms of the day: its recipient party and VAT treatment. */
    private record Terms(AccountDetails account, Party recipient, TaxDecision decision) {

        static Terms of(Issuing issuing, SellerSettings seller, AccountDetails account, LocalDate today) {
            issuing.checkCurrency(account);
            Party recipient = issuing.recipient(account);
            return new Terms(account, recipient, decide(seller, account, recipient, today));
        }
    }

    /**
     * The invoices of paid payment requests, as {@link #invoiceFrom} for each, with one block of
     * numbers and a few statements for all; answers them in the order of the requests.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Document> invoicesFrom(
            List<Document> requests, Instant paidAt, Map<Long, AccountDetails> accounts, Actor actor) {
        return invoicesFrom(requests, null, paidAt, accounts, actor);
    }

    /**
     * The same, for requests whose lines and tax groups are at hand ({@code priced}, element i
     * belonging to request i): the invoices are written from them rather than copied in the
     * database; null copies.
     */
    private List<Document> invoicesFrom(
            List<Document> requests,
            List<Pricing.Priced> priced,
            Instant paidAt,
            Map<Long, AccountDetails> accounts,
            Actor actor) {
        if (requests.isEmpty()) {
            return List.of();
        }
        SellerSettings seller = settings.current();
        LocalDate today = today();
        List<String> numbers = numbering.next(DocumentKind.INVOICE, seller.invoiceFormat(), today, requests.size());
        List<Long> ids = records.newIds(requests.size());
        List<Document> invoices = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Document request = requests.get(i);
            invoices.add(copy(request, DocumentKind.INVOICE, numbers.get(i), today, request.id(), null, paidAt)
                    .numbered(ids.get(i), numbers.get(i)));
        }
        // the mails render while the invoices are written
        var mailed = mails.prepareIssued(invoices, accounts);
        if (priced == null) {
            records.copyAsInvoices(
                    requests.stream().map(Document::id).toArray(Long[]::new),
                    ids.toArray(Long[]::new),
                    numbers.toArray(String[]::new),
                    today,
                    clock.instant(),
                    paidAt);
        } else {
            records.insertAll(
                    ids,
                    invoices,
                    priced.stream().map(Pricing.Priced::lines).toList(),
                    priced.stream().map(Pricing.Priced::taxes).toList());
        }
        List<AuditLog.Note> notes = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Document request = requests.get(i);
            Document invoice = invoices.get(i);
            notes.add(new AuditLog.Note(
                    request.accountId(),
                    "billing.document.issued",
                    "INVOICE " + invoice.number() + " for " + request.number() + " " + invoice.gross()));
        }
        audit.recordAll(actor, notes);
        mails.queue(mailed);
        return invoices;
    }

    /** The invoice of a paid payment request: its lines and tax data under a new invoice number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Document invoiceFrom(Document request, Instant paidAt, Actor actor) {
        Document invoice = invoicesFrom(List.of(request), paidAt, accounts.details(List.of(request.accountId())), actor)
                .get(0);
        return records.find(request.accountId(), invoice.id()).orElseThrow();
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
        checkCurrency(account);
        return account;
    }

    void checkCurrency(AccountDetails account) {
        try {
            Money.zero(account.currency());
        } catch (IllegalArgumentException e) {
            throw new BillingProblem("currency", "billing.error.currency");
        }
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
