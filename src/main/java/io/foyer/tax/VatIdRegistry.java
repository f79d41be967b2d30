package io.foyer.tax;

/** Asks the authority whether a VAT ID is registered (VIES). Off unless configured. */
public interface VatIdRegistry {

    /** The registry's answer; {@link Registration#UNAVAILABLE} when it is off or cannot be reached. */
    Registration check(String vatId);

    enum Registration {
        VALID,
        INVALID,
        UNAVAILABLE
    }
}
