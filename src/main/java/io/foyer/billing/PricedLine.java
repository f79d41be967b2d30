package io.foyer.billing;

import io.foyer.shared.Money;
import java.math.BigDecimal;

/** A draft line with its net (rounded per line), VAT rate, VAT and gross, for display before ordering. */
public record PricedLine(DraftLine line, Money net, BigDecimal ratePercent, Money vat, Money gross) {}
