package io.foyer.ordering.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The last checkout step: the terms and how to pay. */
record PlaceOrderForm(
        @AssertTrue(message = "{ordering.error.terms}") boolean acceptTerms,
        @NotBlank(message = "{ordering.checkout.choosePayment}")
                @Pattern(regexp = "BANK_TRANSFER|BALANCE", message = "{ordering.checkout.choosePayment}")
                String paymentMethod) {}
