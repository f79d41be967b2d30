package io.foyer.support;

/** A ticket was closed by the customer or staff. */
public record TicketClosed(long accountId, long ticketId, String number, Author.Kind by) {}
