package io.foyer.subscription;

import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.ProductKind;
import io.foyer.shared.Money;

/** A service to create, pending, for an item of an order. */
public record NewService(
        long accountId,
        long orderId,
        long planId,
        String productName,
        String planName,
        ProductKind kind,
        BillingPeriod period,
        Money price) {}
