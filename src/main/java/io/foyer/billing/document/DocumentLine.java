package io.foyer.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line. {@code netAmount} = quantity × unitPrice, rounded to the currency's minor unit.
 *
 * @param taxCategory UNTDID 5305 code: S (standard rate), AE (reverse charge), O (not subject)
 * @param periodFrom service period start, or null
 */
public record DocumentLine(
        int position,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal netAmount,
        String taxCategory,
        BigDecimal ratePercent,
        LocalDate periodFrom,
        LocalDate periodTo) {}
