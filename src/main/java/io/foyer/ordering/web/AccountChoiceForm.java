package io.foyer.ordering.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first checkout step: an existing account's id, or "new" with the new account's name and currency. */
record AccountChoiceForm(
        @NotBlank(message = "{ordering.checkout.chooseAccount}")
                @Pattern(regexp = "new|\\d{1,18}", message = "{ordering.checkout.chooseAccount}")
                String choice,
        @Size(max = 200, message = "{validation.tooLong}") String name,
        @Pattern(regexp = "EUR|USD|GBP|CHF", message = "{validation.currency}") String currency) {

    boolean isNew() {
        return "new".equals(choice);
    }

    @AssertTrue(message = "{ordering.checkout.newAccountName}")
    public boolean isNameGivenForNew() {
        return !isNew() || (name != null && !name.isBlank());
    }
}
