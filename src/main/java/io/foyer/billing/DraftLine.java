package io.foyer.billing;

import io.foyer.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line another module wants billed, net of VAT.
 *
 * @param periodFrom first day of the service period it pays for, or null
 * @param periodTo last day of that period, or null
 * @param serviceId the service it pays for, or null
 */
public record DraftLine(
        String description,
        BigDecimal quantity,
        Money unitPrice,
        LocalDate periodFrom,
        LocalDate periodTo,
        Long serviceId) {}
