package io.foyer.subscription;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A service as customers, staff and other modules see it.
 *
 * @param orderId the order that created it, or null
 * @param price the recurring price of one billing period, net of VAT
 * @param periodStart first day of the paid period, null while pending
 * @param periodEnd last day of the paid period, null while pending
 * @param ipAddress the main address once provisioned, else null
 */
public record ServiceDetails(
        long id,
        long accountId,
        Long orderId,
        long planId,
        String productName,
        String planName,
        ProductKind kind,
        BillingPeriod period,
        Money price,
        ServiceStatus status,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean autoRenew,
        boolean cancelAtPeriodEnd,
        String ipAddress,
        Instant createdAt) {

    public String name() {
        return productName + " " + planName;
    }
}
