package io.foyer.support;

/** A customer opened a ticket; published in the opening transaction. */
public record TicketOpened(long accountId, long ticketId, String number) {}
