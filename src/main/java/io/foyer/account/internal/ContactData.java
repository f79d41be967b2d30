package io.foyer.account.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as entered in the form or the API. */
public record ContactData(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @Size(max = 200, message = "{validation.tooLong}") String company,
        @Size(max = 200, message = "{validation.tooLong}") String street,
        @Size(max = 20, message = "{validation.tooLong}") String postalCode,
        @Size(max = 100, message = "{validation.tooLong}") String city,
        @Pattern(regexp = "^$|^[A-Z]{2}$", message = "{validation.country}") String country,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
        @Size(max = 40, message = "{validation.tooLong}")
                @Pattern(regexp = "^[+0-9 ()/.-]*$", message = "{validation.phone}")
                String phone) {

    @AssertTrue(message = "{validation.country}")
    public boolean isCountryKnown() {
        return country == null || country.isBlank() || AccountContactData.COUNTRIES.contains(country);
    }

    /** The contact as stored, for the form. */
    public static ContactData of(io.foyer.account.Contact c) {
        return new ContactData(
                c.name(), c.company(), c.street(), c.postalCode(), c.city(), c.country(), c.email(), c.phone());
    }
}
