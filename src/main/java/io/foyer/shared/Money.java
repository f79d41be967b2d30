package io.foyer.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency. Arithmetic keeps full precision; {@link #rounded()} rounds
 * half-up to the currency's minor unit, which is done explicitly per line and per tax group, never
 * implicitly. Amounts of two currencies never mix.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // Throws IllegalArgumentException for anything that is not an ISO 4217 code.
        Currency.getInstance(currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(minorDigits(currency)), currency);
    }

    /** Digits after the decimal point in the currency's minor unit (2 for EUR, 0 for JPY). */
    public static int minorDigits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /**
     * Whether an amount typed by someone fits the currency: no more decimals than its minor unit
     * (trailing zeros do not count, so 10.500 EUR is fine and 10.505 EUR is not).
     */
    public static boolean fitsMinorUnit(BigDecimal amount, String currency) {
        return amount.stripTrailingZeros().scale() <= minorDigits(currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Rounded half-up to the currency's minor unit. */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    /** {@code percent} of this amount, rounded half-up to the minor unit. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).movePointLeft(2), currency).rounded();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Equal amounts in the same currency, whatever the scale (10.5 equals 10.50). */
    public boolean sameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /** The amount as a plain string with the currency's minor digits, e.g. {@code 12.30}. */
    public String plain() {
        return rounded().amount.toPlainString();
    }

    @Override
    public String toString() {
        return plain() + " " + currency;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " and " + other.currency);
        }
    }
}
