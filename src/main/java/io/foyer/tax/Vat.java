package io.foyer.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The VAT rules: pure functions of a {@link TaxCase}. */
public final class Vat {

    /** Message key (bundle {@code i18n/tax}): the recipient accounts for the VAT (Art. 196 VAT Directive). */
    public static final String NOTE_REVERSE_CHARGE = "tax.note.reverseCharge";

    /** Message key: the place of supply is outside the EU, no EU VAT. */
    public static final String NOTE_OUTSIDE_EU = "tax.note.outsideEu";

    /** Message key: the VAT of the recipient's member state, declared through the One-Stop Shop. */
    public static final String NOTE_OSS = "tax.note.oss";

    /** Message key: a seller outside the EU supplies abroad, no VAT of its own country. */
    public static final String NOTE_PLACE_OF_SUPPLY_ABROAD = "tax.note.placeOfSupplyAbroad";

    /** The 27 member states by ISO code (Greece is GR here; EL is only its VAT prefix). */
    public static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
            "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private Vat() {}

    /**
     * Decides domestic VAT, reverse charge, destination VAT (OSS) or no VAT.
     *
     * <p>A seller in the EU charges its own VAT at home; a business in another member state with a
     * well-formed VAT ID of that state gets reverse charge; any other recipient in another member
     * state gets the recipient country's VAT when the seller is registered for OSS, else the
     * seller's VAT; recipients outside the EU get no VAT. A seller outside the EU charges its own
     * VAT (when the rate table knows it) at home only; to a business with a VAT ID in the EU it
     * supplies under reverse charge, to EU consumers with the recipient country's VAT when
     * registered for (non-Union) OSS, and otherwise without VAT.
     *
     * @throws UnknownCountry for a country code that is not ISO 3166-1 alpha-2
     */
    public static TaxDecision decide(TaxCase taxCase) {
        Objects.requireNonNull(taxCase, "taxCase");
        String seller = country(taxCase.sellerCountry());
        String recipient = country(taxCase.recipientCountry());
        LocalDate date = Objects.requireNonNull(taxCase.date(), "date");

        if (seller.equals(recipient)) {
            return VatRates.standard(seller, date)
                    .map(rate -> new TaxDecision(TaxTreatment.DOMESTIC, seller, rate, null))
                    .orElseGet(() -> new TaxDecision(TaxTreatment.DOMESTIC, null, BigDecimal.ZERO, null));
        }
        boolean sellerInEu = EU.contains(seller);
        if (!EU.contains(recipient)) {
            return noVat(TaxTreatment.OUTSIDE_EU, sellerInEu ? NOTE_OUTSIDE_EU : NOTE_PLACE_OF_SUPPLY_ABROAD);
        }
        if (taxCase.business() && VatIds.isWellFormed(taxCase.vatId(), recipient)) {
            return noVat(TaxTreatment.REVERSE_CHARGE, NOTE_REVERSE_CHARGE);
        }
        if (taxCase.ossRegistered()) {
            return new TaxDecision(TaxTreatment.DESTINATION_OSS, recipient, rate(recipient, date), NOTE_OSS);
        }
        if (sellerInEu) {
            return new TaxDecision(TaxTreatment.DOMESTIC, seller, rate(seller, date), null);
        }
        return noVat(TaxTreatment.OUTSIDE_EU, NOTE_PLACE_OF_SUPPLY_ABROAD);
    }

    /** Whether the country is an EU member state (upper or lower case); false for null or unknown codes. */
    public static boolean isEu(String country) {
        return country != null && EU.contains(country.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the code is an ISO 3166-1 alpha-2 country (upper or lower case). */
    public static boolean isCountry(String country) {
        return country != null && ISO_COUNTRIES.contains(country.trim().toUpperCase(Locale.ROOT));
    }

    private static String country(String country) {
        if (!isCountry(country)) {
            throw new UnknownCountry(country);
        }
        return country.trim().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal rate(String country, LocalDate date) {
        // Every member state has a rate in the table (VatRatesTests checks it).
        return VatRates.standard(country, date).orElseThrow(() -> new UnknownCountry(country));
    }

    private static TaxDecision noVat(TaxTreatment treatment, String note) {
        return new TaxDecision(treatment, null, BigDecimal.ZERO, note);
    }
}
