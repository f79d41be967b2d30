/**
 * Ordering: the order page (public and per account), the cart kept in the session, checkout and
 * orders. Checkout creates, in one transaction, the order, one pending service per new plan (through
 * {@link io.foyer.subscription.Services}) and their payment request (through
 * {@link io.foyer.billing.Billing}), and for each renewal item the service's own renewal request for
 * its next period ({@code Services.extend} with the chosen period; due services come from
 * {@link io.foyer.renewal.Renewals}); the API checkout is idempotent by {@code Idempotency-Key}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering")
package io.foyer.ordering;
