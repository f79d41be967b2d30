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
        Boolean autoRenew,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String invoiceEmail,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String technicalEmail,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}")
                String newsletterEmail,
        Boolean notifyInvoices,
        Boolean notifyTechnical,
        Boolean notifyNews,
        Boolean newsletterOptIn,
        Long invoiceContactId) {

    /** An unchecked box sends nothing at all: missing means no. */
    public AccountSettingsData {
        autoRenew = Boolean.TRUE.equals(autoRenew);
        notifyInvoices = Boolean.TRUE.equals(notifyInvoices);
        notifyTechnical = Boolean.TRUE.equals(notifyTechnical);
        notifyNews = Boolean.TRUE.equals(notifyNews);
        newsletterOptIn = Boolean.TRUE.equals(newsletterOptIn);
    }

    /** The settings as stored, for the form and the API. */
    public static AccountSettingsData of(io.foyer.account.AccountDetails d) {
        return new AccountSettingsData(
                d.language(),
                d.currency(),
                d.autoRenew(),
                d.invoiceEmail(),
                d.technicalEmail(),
                d.newsletterEmail(),
                d.notifyInvoices(),
                d.notifyTechnical(),
                d.notifyNews(),
                d.newsletterOptIn(),
                d.invoiceContactId());
    }

    public static final java.util.List<String> CURRENCIES = java.util.List.of("EUR", "USD", "GBP", "CHF");
}
