package io.foyer.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @ParameterizedTest
    @CsvSource({
        "10.004, EUR, 10.00",
        "10.005, EUR, 10.01",
        "10.015, EUR, 10.02",
        "10.025, EUR, 10.03",
        "-10.005, EUR, -10.01",
        "-10.004, EUR, -10.00",
        "0.0049999, EUR, 0.00",
        "7, EUR, 7.00",
        "99.5, JPY, 100",
        "99.49, JPY, 99",
        "-0.5, JPY, -1",
        "1.0005, KWD, 1.001",
        "12.345, CHF, 12.35",
        "12.345, GBP, 12.35",
        "12.344, USD, 12.34"
    })
    void roundsHalfUpToTheMinorUnitOfTheCurrency(String amount, String currency, String expected) {
        Money rounded = Money.of(amount, currency).rounded();
        assertThat(rounded.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(rounded.currency()).isEqualTo(currency);
    }

    @Test
    void knowsTheMinorUnits() {
        assertThat(Money.minorDigits("EUR")).isEqualTo(2);
        assertThat(Money.minorDigits("JPY")).isZero();
        assertThat(Money.minorDigits("KWD")).isEqualTo(3);
        assertThat(Money.zero("EUR").amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.zero("JPY").amount()).isEqualTo(new BigDecimal("0"));
    }

    @ParameterizedTest
    @CsvSource({
        "10.5, EUR, true",
        "10.50, EUR, true",
        "10.500, EUR, true",
        "10.505, EUR, false",
        "0.001, EUR, false",
        "100, JPY, true",
        "100.0, JPY, true",
        "100.5, JPY, false",
        "1E+3, JPY, true",
        "1.234, KWD, true",
        "1.2345, KWD, false"
    })
    void fitsMinorUnitAllowsNoMoreDecimalsThanTheCurrencyHas(String amount, String currency, boolean fits) {
        assertThat(Money.fitsMinorUnit(new BigDecimal(amount), currency)).isEqualTo(fits);
    }

    @Test
    void neverMixesCurrencies() {
        Money euros = Money.of("10.00", "EUR");
        Money dollars = Money.of("10.00", "USD");
        assertThatThrownBy(() -> euros.plus(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.minus(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.compareTo(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThat(euros.sameAs(dollars)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXY", "EURO", "eur", ""})
    void refusesUnknownCurrencies(String currency) {
        assertThatThrownBy(() -> Money.of("1", currency)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMissingValues() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null, "EUR")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void arithmeticKeepsFullPrecisionUntilRounded() {
        Money price = Money.of("0.333", "EUR");
        Money three = price.times(new BigDecimal("3"));
        assertThat(three.amount()).isEqualByComparingTo("0.999");
        assertThat(three.rounded().amount()).isEqualTo(new BigDecimal("1.00"));

        Money sum = Money.of("0.004", "EUR").plus(Money.of("0.004", "EUR"));
        assertThat(sum.amount()).isEqualByComparingTo("0.008");
        assertThat(sum.rounded().amount()).isEqualTo(new BigDecimal("0.01"));

        assertThat(Money.of("5.00", "EUR").minus(Money.of("7.50", "EUR")).amount())
                .isEqualByComparingTo("-2.50");
        assertThat(Money.of("5.00", "EUR").negate().amount()).isEqualByComparingTo("-5.00");
    }

    @ParameterizedTest
    @CsvSource({
        "100.00, EUR, 19, 19.00",
        "9.99, EUR, 19, 1.90",
        "10.05, EUR, 19, 1.91",
        "2.50, EUR, 25.5, 0.64",
        "0.02, EUR, 25, 0.01",
        "0.01, EUR, 19, 0.00",
        "-9.99, EUR, 19, -1.90",
        "1234, JPY, 10, 123",
        "1235, JPY, 10, 124",
        "100.00, EUR, 0, 0.00"
    })
    void percentRoundsHalfUpToTheMinorUnit(String amount, String currency, String percent, String expected) {
        Money vat = Money.of(amount, currency).percent(new BigDecimal(percent));
        assertThat(vat.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(vat.currency()).isEqualTo(currency);
    }

    @Test
    void comparesAndTellsSigns() {
        assertThat(Money.of("10.5", "EUR").sameAs(Money.of("10.50", "EUR"))).isTrue();
        assertThat(Money.of("10.5", "EUR")).isNotEqualTo(Money.of("10.50", "EUR"));
        assertThat(Money.of("1", "EUR").compareTo(Money.of("2", "EUR"))).isNegative();
        assertThat(Money.zero("EUR").isZero()).isTrue();
        assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
        assertThat(Money.of("0.01", "EUR").isPositive()).isTrue();
    }

    @Test
    void printsTheMinorDigits() {
        assertThat(Money.of("12.3", "EUR").plain()).isEqualTo("12.30");
        assertThat(Money.of("12.345", "EUR").toString()).isEqualTo("12.35 EUR");
        assertThat(Money.of("1500", "JPY").toString()).isEqualTo("1500 JPY");
    }
}
