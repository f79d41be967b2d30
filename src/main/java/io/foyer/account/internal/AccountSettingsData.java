package io.foyer.account.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Account settings as entered in the form or the API. */
public record AccountSettingsData(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "en|de", message = "{validation.language}")
                String language,
        @NotBlank(message = "{validation.required}")
                @Pattern(regexp = "EUR|USD|GBP|CHF", message = "{validation.currency}")
                String currency,
        boolean autoRenew,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String invoiceEmail,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String technicalEmail,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}")
                String newsletterEmail,
        boolean notifyInvoices,
        boolean notifyTechnical,
        boolean notifyNews,
        boolean newsletterOptIn,
        Long invoiceContactId) {

    public static final java.util.List<String> CURRENCIES = java.util.List.of("EUR", "USD", "GBP", "CHF");
}
