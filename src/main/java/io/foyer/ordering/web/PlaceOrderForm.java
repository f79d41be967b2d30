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
                String paymentMethod) {}
