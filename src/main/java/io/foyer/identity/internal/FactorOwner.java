package io.foyer.identity.internal;

import java.io.Serializable;

/**
 * Whose second factor: a customer user or a staff member. The two populations share the tables
 * (one owner column each) and the code, never the rows.
 */
public record FactorOwner(Kind kind, long id) implements Serializable {

    public enum Kind {
        CUSTOMER,
        STAFF
    }

    static FactorOwner customer(long userId) {
        return new FactorOwner(Kind.CUSTOMER, userId);
    }

    static FactorOwner staff(long staffId) {
        return new FactorOwner(Kind.STAFF, staffId);
    }

    public boolean isCustomer() {
        return kind == Kind.CUSTOMER;
    }

    /** The owner column of the second-factor tables; a constant, never user input. */
    String column() {
        return isCustomer() ? "user_id" : "staff_id";
    }

    /** The subject the {@link io.foyer.identity.BruteForceGuard} counts failures under. */
    String guardKey() {
        return (isCustomer() ? "customer:" : "staff:") + id;
    }
}
