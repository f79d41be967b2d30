package io.foyer.support;

/** A reply was added to a ticket's thread (internal notes are not replies). */
public record TicketReplied(long accountId, long ticketId, String number, Author.Kind by) {}
