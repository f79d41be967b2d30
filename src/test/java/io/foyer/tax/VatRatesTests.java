package io.foyer.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatRatesTests {

    /** The standard rates in force since 2025-08-01. */
    private static final Map<String, String> CURRENT = Map.ofEntries(
            Map.entry("AT", "20"),
            Map.entry("BE", "21"),
            Map.entry("BG", "20"),
            Map.entry("CY", "19"),
            Map.entry("CZ", "21"),
            Map.entry("DE", "19"),
            Map.entry("DK", "25"),
            Map.entry("EE", "24"),
            Map.entry("ES", "21"),
            Map.entry("FI", "25.5"),
            Map.entry("FR", "20"),
            Map.entry("GR", "24"),
            Map.entry("HR", "25"),
            Map.entry("HU", "27"),
            Map.entry("IE", "23"),
            Map.entry("IT", "22"),
            Map.entry("LT", "21"),
            Map.entry("LU", "17"),
            Map.entry("LV", "21"),
            Map.entry("MT", "18"),
            Map.entry("NL", "21"),
            Map.entry("PL", "23"),
            Map.entry("PT", "23"),
            Map.entry("RO", "21"),
            Map.entry("SE", "25"),
            Map.entry("SI", "22"),
            Map.entry("SK", "23"));

    @Test
    void everyMemberStateHasItsCurrentStandardRate() {
        assertThat(CURRENT.keySet()).containsExactlyInAnyOrderElementsOf(Vat.EU);
        LocalDate day = LocalDate.of(2025, 8, 1);
        CURRENT.forEach((country, rate) -> assertThat(VatRates.standard(country, day))
                .as(country)
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(rate)));
    }

    @Test
    void everyMemberStateHasARateOnAnyDate() {
        for (String country : Vat.EU) {
            assertThat(VatRates.standard(country, LocalDate.of(2000, 1, 1)))
                    .as(country)
                    .isPresent();
            assertThat(VatRates.standard(country, LocalDate.of(2100, 1, 1)))
                    .as(country)
                    .isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "FI, 2024-08-31, 24",
        "FI, 2024-09-01, 25.5",
        "EE, 2025-06-30, 22",
        "EE, 2025-07-01, 24",
        "SK, 2024-12-31, 20",
        "SK, 2025-01-01, 23",
        "RO, 2025-07-31, 19",
        "RO, 2025-08-01, 21",
        "GB, 2026-01-01, 20",
        "NO, 2026-01-01, 25"
    })
    void aNewRateStartsOnItsFirstDay(String country, LocalDate date, BigDecimal rate) {
        assertThat(VatRates.standard(country, date))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo(rate));
    }

    @Test
    void countriesWithoutARateHaveNone() {
        assertThat(VatRates.standard("US", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(VatRates.standard("XX", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(VatRates.standard(null, LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void theTableListsEveryRateOnce() {
        assertThat(VatRates.all())
                .filteredOn(r -> r.country().equals("EE"))
                .extracting(VatRates.Rate::percent)
                .containsExactly(new BigDecimal("20"), new BigDecimal("22"), new BigDecimal("24"));
        assertThat(VatRates.countries()).containsAll(Vat.EU).contains("CH", "GB", "NO");
    }
}
