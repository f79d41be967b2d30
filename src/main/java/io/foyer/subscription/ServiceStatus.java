package io.foyer.subscription;

/**
 * Where a service stands: pending until its order is paid, then active; suspended and reactivated
 * by staff; cancelled by the customer (at the period end or at once); terminated by staff.
 * Cancelled and terminated are final.
 */
public enum ServiceStatus {
    PENDING,
    ACTIVE,
    SUSPENDED,
    CANCELLED,
    TERMINATED;

    public boolean running() {
        return this == ACTIVE || this == SUSPENDED;
    }

    public boolean ended() {
        return this == CANCELLED || this == TERMINATED;
    }
}
