package io.foyer.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.billing.DraftLine;
import io.foyer.shared.Money;
import io.foyer.tax.TaxDecision;
import io.foyer.tax.TaxTreatment;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingTests {

    private static final TaxDecision DE = new TaxDecision(TaxTreatment.DOMESTIC, "DE", new BigDecimal("19"), null);
    private static final TaxDecision RC =
            new TaxDecision(TaxTreatment.REVERSE_CHARGE, null, BigDecimal.ZERO, "tax.note.reverseCharge");

    private static DraftLine line(String quantity, String price, String currency) {
        return new DraftLine("Web hosting", new BigDecimal(quantity), Money.of(price, currency), null, null, null);
    }

    @Test
    void roundsEachLineAndTheTaxOfTheGroupNotOfEachLine() {
        // 3 × 0.333 would not fit EUR; 3 lines of 1 × 0.05 at 19 %: per line 0.0095 → 0.01 each (0.03),
        // per group 0.15 × 19 % = 0.0285 → 0.03.
        var priced = Pricing.price(
                List.of(line("1", "0.05", "EUR"), line("1", "0.05", "EUR"), line("1", "0.05", "EUR")), "EUR", DE);
        assertThat(priced.net().plain()).isEqualTo("0.15");
        assertThat(priced.tax().plain()).isEqualTo("0.03");
        assertThat(priced.gross().plain()).isEqualTo("0.18");
        assertThat(priced.taxes()).singleElement().satisfies(t -> assertThat(t.category())
                .isEqualTo("S"));

        var halves = Pricing.price(List.of(line("2.5", "3.33", "EUR")), "EUR", DE);
        assertThat(halves.net().plain()).isEqualTo("8.33"); // 8.325 half-up
        assertThat(halves.tax().plain()).isEqualTo("1.58"); // 1.5827
    }

    @Test
    void reverseChargeHasNoTaxAndCategoryAe() {
        var priced = Pricing.price(List.of(line("1", "100.00", "EUR")), "EUR", RC);
        assertThat(priced.tax().isZero()).isTrue();
        assertThat(priced.gross().plain()).isEqualTo("100.00");
        assertThat(priced.lines().get(0).taxCategory()).isEqualTo("AE");
    }

    @Test
    void refusesBadLines() {
        assertThatThrownBy(() -> Pricing.price(List.of(), "EUR", DE))
                .isInstanceOfSatisfying(
                        BillingProblem.class, p -> assertThat(p.messageKey()).isEqualTo("billing.error.noLines"));
        assertThatThrownBy(() -> Pricing.price(List.of(line("0", "1.00", "EUR")), "EUR", DE))
                .isInstanceOfSatisfying(
                        BillingProblem.class, p -> assertThat(p.field()).isEqualTo("lines[0].quantity"));
        assertThatThrownBy(() -> Pricing.price(List.of(line("-1", "1.00", "EUR")), "EUR", DE))
                .isInstanceOf(BillingProblem.class);
        assertThatThrownBy(() -> Pricing.price(List.of(line("1", "1.005", "EUR")), "EUR", DE))
                .isInstanceOfSatisfying(
                        BillingProblem.class, p -> assertThat(p.messageKey()).isEqualTo("billing.error.decimals"));
        assertThatThrownBy(() -> Pricing.price(List.of(line("1", "1.5", "JPY")), "JPY", DE))
                .isInstanceOfSatisfying(
                        BillingProblem.class, p -> assertThat(p.messageKey()).isEqualTo("billing.error.decimals"));
        assertThatThrownBy(() -> Pricing.price(List.of(line("1", "1.00", "USD")), "EUR", DE))
                .isInstanceOfSatisfying(BillingProblem.class, p -> assertThat(p.messageKey())
                        .isEqualTo("billing.error.currencyMismatch"));
        assertThatThrownBy(() -> Pricing.price(List.of(line("1", "-1.00", "EUR")), "EUR", DE))
                .isInstanceOf(BillingProblem.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
    }
}
