package io.foyer.ordering.internal;

import io.foyer.shared.Money;
import java.time.Instant;
import java.util.List;

/** A placed order with its items and its payment request. */
public record OrderDetails(
        long id,
        long accountId,
        String status,
        PaymentMethod paymentMethod,
        Money gross,
        Long documentId,
        String documentNumber,
        Instant createdAt,
        Instant paidAt,
        List<Item> items) {

    /** An ordered plan and the service created for it. Prices are net of VAT. */
    public record Item(
            int position,
            long planId,
            String productName,
            String planName,
            int periodMonths,
            Money price,
            Money setupFee,
            long serviceId) {}

    public boolean paid() {
        return "PAID".equals(status);
    }
}
