package io.foyer.tax;

/** A country code that is not ISO 3166-1 alpha-2. */
public class UnknownCountry extends IllegalArgumentException {
    public UnknownCountry(String country) {
        super("Unknown country: " + country);
    }
}
