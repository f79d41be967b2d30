package io.foyer.billing.web;

import io.foyer.billing.internal.SellerSettings;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The seller settings as typed in; IBAN, VAT ID and number formats are checked by the controller. */
record SettingsForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                String companyName,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String street,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}")
                String postalCode,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String city,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
                String country,
        @Size(max = 20, message = "{validation.tooLong}") String vatId,
        @NotBlank(message = "{validation.required}")
                @Email(message = "{validation.email}")
                @Size(max = 254, message = "{validation.tooLong}")
                String email,
        @NotBlank(message = "{billing.settings.phoneRequired}") @Size(max = 50, message = "{validation.tooLong}")
                String phone,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
                String bankHolder,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String iban,
        @Pattern(regexp = "|[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "{billing.settings.bicInvalid}") String bic,
        @Size(max = 200, message = "{validation.tooLong}") String bankName,
        Boolean ossRegistered,
        Boolean invoiceAtOnce,
        String paymentRequestFormat,
        String invoiceFormat,
        String creditNoteFormat,
        @NotNull(message = "{validation.required}")
                @Min(value = 0, message = "{billing.settings.daysRange}")
                @Max(value = 365, message = "{billing.settings.daysRange}")
                Integer paymentTermsDays,
        @NotNull(message = "{validation.required}")
                @Min(value = 1, message = "{billing.settings.daysRange}")
                @Max(value = 365, message = "{billing.settings.daysRange}")
                Integer linkValidityDays) {

    static SettingsForm of(SellerSettings s) {
        return new SettingsForm(
                s.companyName(),
                s.street(),
                s.postalCode(),
                s.city(),
                s.country(),
                s.vatId(),
                s.email(),
                s.phone(),
                s.bankHolder(),
                s.iban(),
                s.bic(),
                s.bankName(),
                s.ossRegistered(),
                s.invoiceAtOnce(),
                s.paymentRequestFormat(),
                s.invoiceFormat(),
                s.creditNoteFormat(),
                s.paymentTermsDays(),
                s.linkValidityDays());
    }

    SellerSettings toSettings() {
        return new SellerSettings(
                companyName.strip(),
                street.strip(),
                postalCode.strip(),
                city.strip(),
                country,
                blank(vatId) ? null : io.foyer.tax.VatIds.normalize(vatId),
                email.strip(),
                phone.strip(),
                bankHolder.strip(),
                io.foyer.billing.internal.Iban.normalize(iban),
                blank(bic) ? null : bic.strip(),
                blank(bankName) ? null : bankName.strip(),
                false,
                Boolean.TRUE.equals(ossRegistered),
                Boolean.TRUE.equals(invoiceAtOnce),
                paymentRequestFormat.strip(),
                invoiceFormat.strip(),
                creditNoteFormat.strip(),
                paymentTermsDays,
                linkValidityDays);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
