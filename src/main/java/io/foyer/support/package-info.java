/**
 * Support tickets: departments, tickets of an account with an optional service, the thread of
 * customer and staff messages (staff notes internal), unread staff replies, and a copy of every
 * staff reply mailed to the account's technical address. Publishes {@link TicketOpened},
 * {@link TicketReplied} and {@link TicketClosed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package io.foyer.support;
