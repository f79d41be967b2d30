package io.foyer.ordering.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The last checkout step: the terms and how to pay. */
record PlaceOrderForm(
        // Unchecked, the box sends nothing at all.
        @NotNull(message = "{ordering.error.terms}") @AssertTrue(message = "{ordering.error.terms}")
                Boolean acceptTerms,
        @NotBlank(message = "{ordering.checkout.choosePayment}")
                @Pattern(regexp = "BANK_TRANSFER|BALANCE", message = "{ordering.checkout.choosePayment}")
                String paymentMethod,
        // One per shown review: submitting the same form twice (a double click, a second tab) places one order.
        @NotBlank(message = "{ordering.checkout.stale}")
                @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "{ordering.checkout.stale}")
                String checkoutKey) {

    static PlaceOrderForm fresh() {
        return new PlaceOrderForm(
                false, "BANK_TRANSFER", java.util.UUID.randomUUID().toString());
    }
}
