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

    /**
     * An ordered plan and the service created for it, or the renewal of a service. Prices are net of VAT.
     *
     * @param renewal the item renews {@code serviceId} for {@code periodMonths}, paid by its own request
     * @param documentId a renewal's payment request, else null (new plans share the order's)
     * @param periodStart a renewal's first day, else null
     * @param periodEnd a renewal's last day, else null
     */
    public record Item(
            int position,
            long planId,
            String productName,
            String planName,
            int periodMonths,
            Money price,
            Money setupFee,
            long serviceId,
            boolean renewal,
            Long documentId,
            String documentNumber,
            java.time.LocalDate periodStart,
            java.time.LocalDate periodEnd,
            boolean paid) {}

    public boolean paid() {
        return "PAID".equals(status);
    }
}
