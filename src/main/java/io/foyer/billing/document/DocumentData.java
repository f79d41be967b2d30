package io.foyer.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything printed on one document, fixed at issue. Texts (legal notes, payment terms) are
 * already in the recipient's language.
 *
 * @param paidAmount what has been paid already; amountDue = totalGross - paidAmount
 * @param paymentReference the reference a bank transfer must carry (usually the number)
 * @param correctedNumber for a credit note, the invoice it corrects; else null
 * @param logoPng the provider's logo, or null
 */
public record DocumentData(
        DocumentType type,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        Locale language,
        Party seller,
        Party recipient,
        String customerNumber,
        BankAccount bank,
        List<DocumentLine> lines,
        List<TaxGroup> taxGroups,
        BigDecimal totalNet,
        BigDecimal totalTax,
        BigDecimal totalGross,
        BigDecimal paidAmount,
        BigDecimal amountDue,
        List<String> legalNotes,
        String paymentTerms,
        String paymentReference,
        String correctedNumber,
        LocalDate correctedDate,
        byte[] logoPng) {}
