package io.foyer.support;

/** How urgent the customer says a ticket is. */
public enum Importance {
    REGULAR,
    HIGH
}
