package io.foyer.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VatIdsTests {

    @Test
    void normalizesCaseSpacesDotsAndDashes() {
        assertThat(VatIds.normalize("de 123.456.789")).isEqualTo("DE123456789");
        assertThat(VatIds.normalize(" che-123.456.789 mwst ")).isEqualTo("CHE123456789MWST");
        assertThat(VatIds.normalize("NL\u00A0123456789-B01")).isEqualTo("NL123456789B01");
        assertThat(VatIds.normalize(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "ATU12345678, AT",
        "BE0123456789, BE",
        "BE1234567890, BE",
        "BG123456789, BG",
        "BG1234567890, BG",
        "CY12345678X, CY",
        "CZ12345678, CZ",
        "CZ123456789, CZ",
        "CZ1234567890, CZ",
        "DE123456789, DE",
        "DK12345678, DK",
        "EE123456789, EE",
        "EL123456789, GR",
        "ESX1234567X, ES",
        "ESA12345678, ES",
        "ES12345678Z, ES",
        "FI12345678, FI",
        "FR12345678901, FR",
        "FRXX123456789, FR",
        "FR1A123456789, FR",
        "HR12345678901, HR",
        "HU12345678, HU",
        "IE1234567T, IE",
        "IE1234567WA, IE",
        "IE1A23456T, IE",
        "IT12345678901, IT",
        "LT123456789, LT",
        "LT123456789012, LT",
        "LU12345678, LU",
        "LV12345678901, LV",
        "MT12345678, MT",
        "NL123456789B01, NL",
        "PL1234567890, PL",
        "PT123456789, PT",
        "RO12, RO",
        "RO1234567890, RO",
        "SE123456789001, SE",
        "SI12345678, SI",
        "SK1234567890, SK",
        "CHE123456789, CH",
        "CHE123456789MWST, CH",
        "CHE123456789TVA, CH",
        "CHE123456789IVA, CH",
        "GB123456789, GB",
        "GB123456789012, GB",
        "GBGD001, GB",
        "GBHA599, GB",
        "XI123456789, GB",
        "NO123456789MVA, NO",
        "'de 123 456 789', DE",
        "'CHE-123.456.789 MWST', CH",
        "'nl 1234.56789.b01', NL"
    })
    void acceptsTheOfficialShapes(String vatId, String country) {
        assertThat(VatIds.isWellFormed(vatId, country)).isTrue();
        assertThat(VatIds.countryOf(vatId)).contains(country);
        assertThat(VatIds.check(vatId, country)).isEqualTo(VatIds.Check.OK);
    }

    @ParameterizedTest
    @CsvSource({
        "AT12345678, AT",
        "ATU1234567, AT",
        "BE2123456789, BE",
        "BE012345678, BE",
        "BG12345678, BG",
        "CY123456789, CY",
        "CZ1234567, CZ",
        "DE12345678, DE",
        "DE1234567890, DE",
        "DEA23456789, DE",
        "DK123456789, DK",
        "EE12345678, EE",
        "EL12345678, GR",
        "ES123456789, ES",
        "FI1234567, FI",
        "FR123456789, FR",
        "FRIO123456789, FR",
        "HR1234567890, HR",
        "HU1234567, HU",
        "IE123456, IE",
        "IT1234567890, IT",
        "LT1234567890, LT",
        "LU123456789, LU",
        "LV1234567890, LV",
        "MT1234567, MT",
        "NL123456789, NL",
        "NL123456789X01, NL",
        "PL123456789, PL",
        "PT12345678, PT",
        "RO0123456, RO",
        "RO1, RO",
        "RO12345678901, RO",
        "SE123456789012, SE",
        "SI123456789, SI",
        "SK123456789, SK",
        "CH123456789, CH",
        "CHE12345678, CH",
        "CHE123456789VAT, CH",
        "GB12345678, GB",
        "GBGD500, GB",
        "GBHA499, GB"
    })
    void refusesOtherShapes(String vatId, String country) {
        assertThat(VatIds.isWellFormed(vatId, country)).isFalse();
        assertThat(VatIds.check(vatId, country)).isEqualTo(VatIds.Check.MALFORMED);
    }

    @Test
    void greekVatIdsStartWithEl() {
        assertThat(VatIds.isWellFormed("EL123456789", "GR")).isTrue();
        assertThat(VatIds.isWellFormed("GR123456789", "GR")).isFalse();
        assertThat(VatIds.isWellFormed("EL123456789", "EL")).isFalse();
        assertThat(VatIds.check("GR123456789", "GR")).isEqualTo(VatIds.Check.WRONG_COUNTRY);
        assertThat(VatIds.prefixOf("GR")).isEqualTo("EL");
        assertThat(VatIds.prefixOf("DE")).isEqualTo("DE");
    }

    @Test
    void theVatIdMustBelongToTheBillingCountry() {
        assertThat(VatIds.isWellFormed("DE123456789", "AT")).isFalse();
        assertThat(VatIds.check("DE123456789", "AT")).isEqualTo(VatIds.Check.WRONG_COUNTRY);
        assertThat(VatIds.check("ATU12345678", "DE")).isEqualTo(VatIds.Check.WRONG_COUNTRY);
        assertThat(VatIds.check("XI123456789", "IE")).isEqualTo(VatIds.Check.WRONG_COUNTRY);
        assertThat(VatIds.check("ATU12345678", "at")).isEqualTo(VatIds.Check.OK);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"DE", "XX123456789", "123456789", "D"})
    void somethingElseIsNoVatId(String vatId) {
        assertThat(VatIds.isWellFormed(vatId, "DE")).isFalse();
        assertThat(VatIds.countryOf(vatId)).isEmpty();
    }

    @Test
    void noVatIdIsFine() {
        assertThat(VatIds.check(null, "DE")).isEqualTo(VatIds.Check.OK);
        assertThat(VatIds.check(" ", null)).isEqualTo(VatIds.Check.OK);
    }

    @Test
    void aVatIdNeedsABillingCountry() {
        assertThat(VatIds.check("DE123456789", null)).isEqualTo(VatIds.Check.COUNTRY_MISSING);
        assertThat(VatIds.check("DE123456789", "")).isEqualTo(VatIds.Check.COUNTRY_MISSING);
        assertThat(VatIds.isWellFormed("DE123456789", null)).isFalse();
    }

    @Test
    void countriesOfUnknownShapeNeedOnlyTheirPrefix() {
        assertThat(VatIds.knowsShapeOf("AU")).isFalse();
        assertThat(VatIds.check("AU12345678901", "AU")).isEqualTo(VatIds.Check.OK);
        assertThat(VatIds.check("NZ12345678901", "AU")).isEqualTo(VatIds.Check.WRONG_COUNTRY);
        assertThat(VatIds.check("AU 1234 5678 9012 3456 78", "AU")).isEqualTo(VatIds.Check.OK);
        assertThat(VatIds.check("AU 1234 5678 9012 3456 789", "AU")).isEqualTo(VatIds.Check.MALFORMED);
        assertThat(VatIds.check("AU1", "AU")).isEqualTo(VatIds.Check.MALFORMED);
        assertThat(VatIds.check("AU", "AU")).isEqualTo(VatIds.Check.MALFORMED);
    }

    @Test
    void everyCheckProblemHasAMessage() {
        for (VatIds.Check check : VatIds.Check.values()) {
            assertThat(check.messageKey() == null).isEqualTo(check == VatIds.Check.OK);
        }
    }
}
