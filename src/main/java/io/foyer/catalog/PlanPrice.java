package io.foyer.catalog;

import io.foyer.shared.Money;

/** What one billing period of a plan costs in one currency, net of VAT. */
public record PlanPrice(long planId, BillingPeriod period, Money price, Money setupFee) {}
