/**
 * Renewals and dunning: the billing run, a recurring job (one node at a time through db-scheduler,
 * or started by staff) that asks for payment of every active service whose period ends within the
 * lead time — once per service and period — pays it from the balance when auto-renew is on and the
 * balance covers it, and then mails reminders, suspends, reactivates and terminates services whose
 * renewal stays unpaid, as the provider configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Renewal")
package io.foyer.renewal;
