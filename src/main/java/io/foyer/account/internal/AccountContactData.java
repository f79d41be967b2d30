package io.foyer.account.internal;

import io.foyer.tax.VatIds;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/** The account contact and billing address, as entered in the form or the API. */
public record AccountContactData(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "PRIVATE|BUSINESS", message = "{validation.profileType}")
                String profileType,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                String contactName,
        @Size(max = 200, message = "{validation.tooLong}") String company,
        @Size(max = 200, message = "{validation.tooLong}") String street,
        @Size(max = 20, message = "{validation.tooLong}") String postalCode,
        @Size(max = 100, message = "{validation.tooLong}") String city,
        @Pattern(regexp = "^$|^[A-Z]{2}$", message = "{validation.country}") String country,
        @Pattern(regexp = "^$|^[A-Za-z]{2}[0-9A-Za-z+*. -]{2,20}$", message = "{validation.vatId}") String vatId,
        @NotBlank(message = "{validation.required}")
                @Email(message = "{validation.email}")
                @Size(max = 254, message = "{validation.tooLong}")
                String email,
        @Size(max = 40, message = "{validation.tooLong}")
                @Pattern(regexp = "^[+0-9 ()/.-]*$", message = "{validation.phone}")
                String phone) {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @AssertTrue(message = "{validation.companyRequired}")
    public boolean isCompanyGivenForBusiness() {
        return !"BUSINESS".equals(profileType) || (company != null && !company.isBlank());
    }

    @AssertTrue(message = "{validation.country}")
    public boolean isCountryKnown() {
        return country == null || country.isBlank() || COUNTRIES.contains(country);
    }

    /** VAT IDs are stored without spaces, dots and dashes, upper case. */
    public String normalisedVatId() {
        return VatIds.normalize(vatId);
    }

    /** The contact as stored, for the form. */
    public static AccountContactData of(io.foyer.account.AccountDetails d) {
        return new AccountContactData(
                d.profileType(),
                d.contactName(),
                d.company(),
                d.street(),
                d.postalCode(),
                d.city(),
                d.country(),
                d.vatId(),
                d.email(),
                d.phone());
    }
}
