package io.foyer.subscription;

/** A service was suspended by staff; it keeps its period. Published in the changing transaction. */
public record ServiceSuspended(long serviceId, long accountId, String reason) {}
