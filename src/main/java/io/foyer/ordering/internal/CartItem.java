package io.foyer.ordering.internal;

import io.foyer.catalog.BillingPeriod;
import java.io.Serializable;

/** One item to order: a plan for one billing period (quantity 1). Kept in the session's cart. */
public record CartItem(long planId, BillingPeriod period) implements Serializable {}
