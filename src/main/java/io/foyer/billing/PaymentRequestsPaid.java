package io.foyer.billing;

import java.util.List;

/**
 * Many payment requests paid in one go (the billing run paying renewals from balances), published
 * once in the paying transaction <em>instead of</em> one {@link PaymentRequestPaid} each: whoever
 * acts on payments listens to both.
 */
public record PaymentRequestsPaid(List<PaymentRequestPaid> payments) {}
