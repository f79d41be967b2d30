package io.foyer.account;

/** An account in lists: the switcher, the chooser, staff search. */
public record AccountSummary(long id, long customerNumber, String displayName, boolean owner) {}
