package io.foyer.ordering.web;

import io.foyer.account.AccountDetails;
import io.foyer.account.BillingSetup;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/** The billing address, when checkout finds it incomplete. */
record AddressForm(
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "PRIVATE|BUSINESS", message = "{validation.profileType}")
                String profileType,
        @Size(max = 200, message = "{validation.tooLong}") String company,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String street,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}")
                String postalCode,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String city,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "^[A-Z]{2}$", message = "{validation.country}")
                String country,
        @Pattern(regexp = "^$|^[A-Za-z]{2}[0-9A-Za-z+*. ]{2,14}$", message = "{validation.vatId}") String vatId) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static AddressForm of(AccountDetails d) {
        return new AddressForm(
                d.profileType(), d.company(), d.street(), d.postalCode(), d.city(), d.country(), d.vatId());
    }

    @AssertTrue(message = "{validation.companyRequired}")
    public boolean isCompanyGivenForBusiness() {
        return !"BUSINESS".equals(profileType) || (company != null && !company.isBlank());
    }

    @AssertTrue(message = "{validation.country}")
    public boolean isCountryKnown() {
        return country == null || country.isBlank() || COUNTRIES.contains(country);
    }

    BillingSetup.BillingAddress toAddress() {
        return new BillingSetup.BillingAddress(
                profileType,
                blankToNull(company),
                street.strip(),
                postalCode.strip(),
                city.strip(),
                country,
                vatId == null || vatId.isBlank() ? null : vatId.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
