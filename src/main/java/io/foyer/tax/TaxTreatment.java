package io.foyer.tax;

/** How VAT applies to one sale. */
public enum TaxTreatment {
    /** The seller's own country's VAT (same country, or an EU consumer without OSS). */
    DOMESTIC,
    /** EU business customer with a VAT ID in another member state: no VAT, the recipient accounts for it. */
    REVERSE_CHARGE,
    /** EU consumer in another member state, seller registered for OSS: the recipient country's VAT. */
    DESTINATION_OSS,
    /** Recipient outside the EU: the supply of services is not taxable here. */
    OUTSIDE_EU;

    /** Message key (bundle {@code i18n/tax}) of the treatment's name, e.g. for a tax breakdown. */
    public String messageKey() {
        return "tax.treatment." + name();
    }
}
