package io.foyer.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumberFormatTests {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 7);

    @Test
    void formatsYearMonthAndPaddedCounter() {
        assertThat(NumberFormat.format("RE-{yyyy}-{000000}", DATE, 42)).isEqualTo("RE-2026-000042");
        assertThat(NumberFormat.format("{yy}{mm}/{0000}", DATE, 7)).isEqualTo("2603/0007");
        assertThat(NumberFormat.format("INV{0}", DATE, 12)).isEqualTo("INV12");
    }

    @Test
    void counterGrowsBeyondItsWidthInsteadOfWrapping() {
        assertThat(NumberFormat.format("R{000}", DATE, 12345)).isEqualTo("R12345");
    }

    @Test
    void countsPerYearOnlyWhenTheNumberNamesTheYear() {
        assertThat(NumberFormat.perYear("RE-{yyyy}-{000000}")).isTrue();
        assertThat(NumberFormat.perYear("RE-{yy}{000}")).isTrue();
        assertThat(NumberFormat.perYear("RE-{mm}-{000}")).isFalse();
        assertThat(NumberFormat.perYear("RE-{000000}")).isFalse();
    }

    @Test
    void refusesFormatsWithoutExactlyOneCounterOrWithOddCharacters() {
        assertThat(NumberFormat.problem("RE-{yyyy}-{000000}")).isEmpty();
        assertThat(NumberFormat.problem("")).contains("billing.format.blank");
        assertThat(NumberFormat.problem("RE-{yyyy}")).contains("billing.format.counter");
        assertThat(NumberFormat.problem("RE-{000}-{000}")).contains("billing.format.counter");
        assertThat(NumberFormat.problem("RE {000}")).contains("billing.format.characters");
        assertThat(NumberFormat.problem("RE-{dd}-{000}")).contains("billing.format.characters");
        assertThat(NumberFormat.problem("RE-{0000000000000}")).contains("billing.format.characters");
        assertThat(NumberFormat.problem("R".repeat(41) + "{0}")).contains("billing.format.tooLong");
        assertThatThrownBy(() -> NumberFormat.format("RE", DATE, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ibanCheckDigits() {
        assertThat(Iban.isValid("DE89 3704 0044 0532 0130 00")).isTrue();
        assertThat(Iban.isValid("DE89370400440532013001")).isFalse();
        assertThat(Iban.isValid("GB82WEST12345698765432")).isTrue();
        assertThat(Iban.isValid("not an iban")).isFalse();
        assertThat(Iban.isValid(null)).isFalse();
    }
}
