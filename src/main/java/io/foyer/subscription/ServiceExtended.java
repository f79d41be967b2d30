package io.foyer.subscription;

/** A service was paid for one more period. Published in the changing transaction. */
public record ServiceExtended(
        long serviceId,
        long accountId,
        java.time.LocalDate periodStart,
        java.time.LocalDate periodEnd,
        long documentId) {}
