package io.foyer.billing.internal;

import io.foyer.billing.DocumentKind;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DocumentRef;
import io.foyer.billing.document.BankAccount;
import io.foyer.billing.document.Party;
import io.foyer.shared.Money;
import io.foyer.tax.TaxTreatment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored billing document as issued, with its state.
 *
 * @param paidAmount the sum of the payments recorded for it
 * @param corrected whether a credit note corrects it (an invoice) — it is then no longer due
 */
public record Document(
        long id,
        long accountId,
        DocumentKind kind,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        String language,
        long customerNumber,
        Party seller,
        BankAccount bank,
        Party recipient,
        boolean recipientBusiness,
        TaxTreatment treatment,
        String rateCountry,
        BigDecimal ratePercent,
        String legalNoteKey,
        BigDecimal totalNet,
        BigDecimal totalTax,
        BigDecimal totalGross,
        int paymentTermsDays,
        DocumentOrigin origin,
        Long sourceDocumentId,
        Long correctsDocumentId,
        Instant createdAt,
        Instant paidAt,
        Instant deletedAt,
        BigDecimal paidAmount,
        boolean corrected) {

    public enum Status {
        UNPAID,
        PAID,
        /** a deleted payment request */
        DELETED,
        /** an invoice corrected by a credit note */
        CANCELLED,
        /** a credit note */
        ISSUED
    }

    public Status status() {
        if (deletedAt != null) {
            return Status.DELETED;
        }
        if (paidAt != null) {
            return Status.PAID;
        }
        if (kind == DocumentKind.CREDIT_NOTE) {
            return Status.ISSUED;
        }
        return corrected ? Status.CANCELLED : Status.UNPAID;
    }

    public boolean payable() {
        return status() == Status.UNPAID;
    }

    public Money gross() {
        return Money.of(totalGross, currency);
    }

    public Money net() {
        return Money.of(totalNet, currency);
    }

    public Money tax() {
        return Money.of(totalTax, currency);
    }

    public Money paid() {
        return Money.of(paidAmount, currency).rounded();
    }

    /** What is still to pay: zero once paid, cancelled or deleted. */
    public Money due() {
        return payable() ? gross().minus(paid()).rounded() : Money.zero(currency);
    }

    /** The same document under an id and number (a draft once stored). */
    Document numbered(long id, String number) {
        return with(id, number, paidAt, paidAmount);
    }

    /** The same document, paid in full at the given time (a draft paid as it is issued). */
    Document paidInFull(Instant at) {
        return with(id, number, at, totalGross);
    }

    private Document with(long id, String number, Instant paidAt, BigDecimal paidAmount) {
        return new Document(
                id,
                accountId,
                kind,
                number,
                issueDate,
                dueDate,
                currency,
                language,
                customerNumber,
                seller,
                bank,
                recipient,
                recipientBusiness,
                treatment,
                rateCountry,
                ratePercent,
                legalNoteKey,
                totalNet,
                totalTax,
                totalGross,
                paymentTermsDays,
                origin,
                sourceDocumentId,
                correctsDocumentId,
                createdAt,
                paidAt,
                deletedAt,
                paidAmount,
                corrected);
    }

    public DocumentRef ref() {
        return new DocumentRef(id, accountId, kind, number, gross().rounded(), paidAt != null);
    }
}
