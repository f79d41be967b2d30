package io.foyer.tax;

/** Shape checks of VAT identification numbers per country (not whether they are registered). */
public final class VatIds {

    private VatIds() {}

    /** Upper case, without spaces, dots and dashes: {@code de 123.456.789} becomes {@code DE123456789}. */
    public static String normalize(String vatId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Whether the (normalized) VAT ID has the shape the country prefix requires. The prefix of
     * Greece is EL. {@code country} is the billing country it must belong to (GR for EL).
     */
    public static boolean isWellFormed(String vatId, String country) {
        throw new UnsupportedOperationException("not built yet");
    }
}
