package io.foyer.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored document line; {@code net} = quantity × unit price, rounded per line. */
public record Line(
        int position,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal net,
        String taxCategory,
        BigDecimal ratePercent,
        LocalDate periodFrom,
        LocalDate periodTo,
        Long serviceId) {}
