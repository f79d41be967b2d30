package io.foyer.billing.internal;

import java.math.BigDecimal;

/** The VAT of one category and rate on a document: tax = taxable × rate, rounded half-up (BR-CO-17). */
public record TaxLine(String category, BigDecimal ratePercent, BigDecimal taxable, BigDecimal tax) {}
