package io.foyer.subscription;

/** A service was terminated by staff (final). Published in the changing transaction. */
public record ServiceTerminated(long serviceId, long accountId, String reason) {}
