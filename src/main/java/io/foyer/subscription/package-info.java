/**
 * Services: what a customer has bought, one per order item — status (pending, active, suspended,
 * cancelled, terminated), billing period, paid period, recurring price, auto-renew and
 * cancellation. A service becomes active when billing reports its order's payment request paid
 * ({@link io.foyer.billing.PaymentRequestPaid}); renewals extend it the same way. Every change of
 * status is published as an event ({@link ServiceActivated}, {@link ServiceSuspended}, …) for
 * provisioning, webhooks and mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscription")
package io.foyer.subscription;
