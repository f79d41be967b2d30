package io.foyer.subscription;

/** A service was cancelled by the customer, at the end of its period or at once (final). Published in the changing transaction. */
public record ServiceCancelled(long serviceId, long accountId, boolean immediately) {}
