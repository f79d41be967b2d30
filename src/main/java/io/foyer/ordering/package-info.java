/**
 * Ordering: the order page (public and per account), the cart kept in the session, checkout and
 * orders. Checkout creates, in one transaction, the order, one pending service per item (through
 * {@link io.foyer.subscription.Services}) and the payment request (through
 * {@link io.foyer.billing.Billing}); the API checkout is idempotent by {@code Idempotency-Key}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering")
package io.foyer.ordering;
