package io.foyer.tax;

/** The VAT rules: pure functions of a {@link TaxCase}. */
public final class Vat {

    private Vat() {}

    /**
     * Decides domestic VAT, reverse charge, destination VAT (OSS) or no VAT.
     *
     * @throws UnknownCountry for a country code that is not ISO 3166-1 alpha-2
     */
    public static TaxDecision decide(TaxCase taxCase) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Whether the country is an EU member state. */
    public static boolean isEu(String country) {
        throw new UnsupportedOperationException("not built yet");
    }
}
