package io.foyer.subscription;

/** A service became active when its first payment arrived. Published in the changing transaction. */
public record ServiceActivated(
        long serviceId,
        long accountId,
        java.time.LocalDate periodStart,
        java.time.LocalDate periodEnd,
        long planId,
        io.foyer.catalog.ProductKind kind) {}
