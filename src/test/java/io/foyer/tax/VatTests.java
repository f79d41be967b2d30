package io.foyer.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a sale can be taxed. */
class VatTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    private static TaxCase sale(String seller, String recipient, boolean business, String vatId, boolean oss) {
        return new TaxCase(seller, recipient, business, vatId, DAY, oss);
    }

    private static void assertDecision(
            TaxDecision decision, TaxTreatment treatment, String rateCountry, String rate, String note) {
        assertThat(decision.treatment()).isEqualTo(treatment);
        assertThat(decision.rateCountry()).isEqualTo(rateCountry);
        assertThat(decision.ratePercent()).isEqualByComparingTo(rate);
        assertThat(decision.legalNoteKey()).isEqualTo(note);
        assertThat(decision.chargesVat()).isEqualTo(new BigDecimal(rate).signum() > 0);
    }

    @Test
    void domesticConsumerPaysTheSellersVat() {
        assertDecision(Vat.decide(sale("DE", "DE", false, null, false)), TaxTreatment.DOMESTIC, "DE", "19", null);
    }

    @Test
    void domesticBusinessWithVatIdStillPaysTheSellersVat() {
        assertDecision(
                Vat.decide(sale("DE", "DE", true, "DE123456789", true)), TaxTreatment.DOMESTIC, "DE", "19", null);
    }

    @Test
    void businessWithVatIdInAnotherMemberStateGetsReverseCharge() {
        TaxDecision decision = Vat.decide(sale("DE", "AT", true, "ATU12345678", false));
        assertDecision(decision, TaxTreatment.REVERSE_CHARGE, null, "0", Vat.NOTE_REVERSE_CHARGE);
    }

    @Test
    void reverseChargeDoesNotDependOnOss() {
        assertDecision(
                Vat.decide(sale("DE", "FR", true, "FR 12 345678901", true)),
                TaxTreatment.REVERSE_CHARGE,
                null,
                "0",
                Vat.NOTE_REVERSE_CHARGE);
    }

    @Test
    void greekBusinessHasAnElVatId() {
        assertDecision(
                Vat.decide(sale("DE", "GR", true, "EL123456789", false)),
                TaxTreatment.REVERSE_CHARGE,
                null,
                "0",
                Vat.NOTE_REVERSE_CHARGE);
        // GR is the country, never the VAT prefix.
        assertDecision(
                Vat.decide(sale("DE", "GR", true, "GR123456789", false)), TaxTreatment.DOMESTIC, "DE", "19", null);
    }

    @Test
    void consumerInAnotherMemberStatePaysTheDestinationVatUnderOss() {
        assertDecision(
                Vat.decide(sale("DE", "FR", false, null, true)),
                TaxTreatment.DESTINATION_OSS,
                "FR",
                "20",
                Vat.NOTE_OSS);
    }

    @Test
    void consumerInAnotherMemberStatePaysTheSellersVatWithoutOss() {
        assertDecision(Vat.decide(sale("DE", "FR", false, null, false)), TaxTreatment.DOMESTIC, "DE", "19", null);
    }

    @Test
    void consumerWithAVatIdIsStillAConsumer() {
        assertDecision(
                Vat.decide(sale("DE", "AT", false, "ATU12345678", true)),
                TaxTreatment.DESTINATION_OSS,
                "AT",
                "20",
                Vat.NOTE_OSS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "ATU1234567", // one digit short
                "DE123456789", // another member state's VAT ID
                "AT12345678", // without the U
                "U12345678" // without the prefix
            })
    void businessWithoutAValidVatIdIsTreatedLikeAConsumer(String vatId) {
        assertDecision(
                Vat.decide(sale("DE", "AT", true, vatId, true)),
                TaxTreatment.DESTINATION_OSS,
                "AT",
                "20",
                Vat.NOTE_OSS);
        assertDecision(Vat.decide(sale("DE", "AT", true, vatId, false)), TaxTreatment.DOMESTIC, "DE", "19", null);
    }

    @ParameterizedTest
    @CsvSource({"US, false", "US, true", "CH, true", "GB, true", "NO, false", "JP, false"})
    void recipientOutsideTheEuPaysNoVat(String recipient, boolean business) {
        assertDecision(
                Vat.decide(sale("DE", recipient, business, null, true)),
                TaxTreatment.OUTSIDE_EU,
                null,
                "0",
                Vat.NOTE_OUTSIDE_EU);
    }

    @Test
    void swissBusinessWithItsVatIdStillPaysNoEuVat() {
        assertDecision(
                Vat.decide(sale("AT", "CH", true, "CHE-123.456.789 MWST", false)),
                TaxTreatment.OUTSIDE_EU,
                null,
                "0",
                Vat.NOTE_OUTSIDE_EU);
    }

    @Test
    void sellerOutsideTheEuChargesItsOwnVatAtHome() {
        assertDecision(Vat.decide(sale("CH", "CH", false, null, false)), TaxTreatment.DOMESTIC, "CH", "8.1", null);
        assertDecision(
                Vat.decide(sale("GB", "GB", true, "GB123456789", false)), TaxTreatment.DOMESTIC, "GB", "20", null);
        assertDecision(Vat.decide(sale("NO", "NO", false, null, true)), TaxTreatment.DOMESTIC, "NO", "25", null);
    }

    @Test
    void sellerOutsideTheEuWithoutAKnownRateChargesNothingAtHome() {
        assertDecision(Vat.decide(sale("US", "US", false, null, false)), TaxTreatment.DOMESTIC, null, "0", null);
    }

    @Test
    void sellerOutsideTheEuSellsAbroadWithoutVat() {
        assertDecision(
                Vat.decide(sale("CH", "US", false, null, true)),
                TaxTreatment.OUTSIDE_EU,
                null,
                "0",
                Vat.NOTE_PLACE_OF_SUPPLY_ABROAD);
        assertDecision(
                Vat.decide(sale("GB", "DE", false, null, false)),
                TaxTreatment.OUTSIDE_EU,
                null,
                "0",
                Vat.NOTE_PLACE_OF_SUPPLY_ABROAD);
        assertDecision(
                Vat.decide(sale("CH", "DE", true, null, false)),
                TaxTreatment.OUTSIDE_EU,
                null,
                "0",
                Vat.NOTE_PLACE_OF_SUPPLY_ABROAD);
    }

    @Test
    void sellerOutsideTheEuSuppliesEuBusinessesUnderReverseCharge() {
        assertDecision(
                Vat.decide(sale("CH", "DE", true, "DE123456789", false)),
                TaxTreatment.REVERSE_CHARGE,
                null,
                "0",
                Vat.NOTE_REVERSE_CHARGE);
    }

    @Test
    void sellerOutsideTheEuRegisteredForOssChargesTheDestinationVatToEuConsumers() {
        assertDecision(
                Vat.decide(sale("CH", "IT", false, null, true)),
                TaxTreatment.DESTINATION_OSS,
                "IT",
                "22",
                Vat.NOTE_OSS);
    }

    @ParameterizedTest
    @CsvSource({
        "FI, 2024-08-31, 24",
        "FI, 2024-09-01, 25.5",
        "EE, 2023-12-31, 20",
        "EE, 2024-01-01, 22",
        "EE, 2025-06-30, 22",
        "EE, 2025-07-01, 24",
        "SK, 2024-12-31, 20",
        "SK, 2025-01-01, 23",
        "RO, 2025-07-31, 19",
        "RO, 2025-08-01, 21",
        "LU, 2022-12-31, 17",
        "LU, 2023-01-01, 16",
        "LU, 2023-12-31, 16",
        "LU, 2024-01-01, 17",
        "CH, 2023-12-31, 7.7",
        "CH, 2024-01-01, 8.1"
    })
    void theDocumentDatePicksTheRate(String country, LocalDate date, String rate) {
        TaxDecision domestic = Vat.decide(new TaxCase(country, country, false, null, date, false));
        assertThat(domestic.ratePercent()).isEqualByComparingTo(rate);
        if (Vat.isEu(country)) {
            String seller = "DE".equals(country) ? "AT" : "DE";
            TaxDecision oss = Vat.decide(new TaxCase(seller, country, false, null, date, true));
            assertThat(oss.treatment()).isEqualTo(TaxTreatment.DESTINATION_OSS);
            assertThat(oss.ratePercent()).isEqualByComparingTo(rate);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XX", "D", "DEU", "EL", "EU", "1A", " "})
    void unknownCountriesAreRefused(String country) {
        assertThatThrownBy(() -> Vat.decide(sale(country, "DE", false, null, false)))
                .isInstanceOf(UnknownCountry.class);
        assertThatThrownBy(() -> Vat.decide(sale("DE", country, false, null, false)))
                .isInstanceOf(UnknownCountry.class);
        assertThat(Vat.isEu(country)).isFalse();
    }

    @Test
    void countryCodesAreReadInAnyCase() {
        assertDecision(
                Vat.decide(sale("de", " fr ", false, null, true)),
                TaxTreatment.DESTINATION_OSS,
                "FR",
                "20",
                Vat.NOTE_OSS);
    }

    @Test
    void knowsTheMemberStates() {
        assertThat(Vat.EU).hasSize(27);
        assertThat(Vat.isEu("GR")).isTrue();
        assertThat(Vat.isEu("HR")).isTrue();
        assertThat(Vat.isEu("GB")).isFalse();
        assertThat(Vat.isEu("CH")).isFalse();
        assertThat(Vat.isEu("NO")).isFalse();
        assertThat(Vat.isEu("at")).isTrue();
        assertThat(Vat.isEu("EL")).isFalse();
    }

    @Test
    void aDateIsRequired() {
        assertThatThrownBy(() -> Vat.decide(new TaxCase("DE", "DE", false, null, null, false)))
                .isInstanceOf(NullPointerException.class);
    }
}
