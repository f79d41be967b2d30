package io.foyer.subscription;

/** A service was reactivated after a suspension. Published in the changing transaction. */
public record ServiceReactivated(long serviceId, long accountId) {}
