package io.foyer.support;

/** A ticket is open until closed; a customer reply reopens it. */
public enum TicketStatus {
    OPEN,
    CLOSED
}
