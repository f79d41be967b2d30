package io.foyer.billing.document;

import java.math.BigDecimal;

/**
 * The VAT of all lines with one category and rate: taxAmount = taxableAmount × rate, rounded.
 *
 * @param exemptionNote the reason printed and sent for AE and O, else null
 */
public record TaxGroup(
        String category,
        BigDecimal ratePercent,
        BigDecimal taxableAmount,
        BigDecimal taxAmount,
        String exemptionNote) {}
