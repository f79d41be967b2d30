package io.foyer.billing.internal;

import io.foyer.billing.DocumentKind;
import io.foyer.billing.document.BankAccount;
import io.foyer.billing.document.Party;

/** The provider's seller data and billing settings. */
public record SellerSettings(
        String companyName,
        String street,
        String postalCode,
        String city,
        String country,
        String vatId,
        String email,
        String phone,
        String bankHolder,
        String iban,
        String bic,
        String bankName,
        boolean hasLogo,
        boolean ossRegistered,
        boolean invoiceAtOnce,
        String paymentRequestFormat,
        String invoiceFormat,
        String creditNoteFormat,
        int paymentTermsDays,
        int linkValidityDays) {

    public String format(DocumentKind kind) {
        return switch (kind) {
            case PAYMENT_REQUEST -> paymentRequestFormat;
            case INVOICE -> invoiceFormat;
            case CREDIT_NOTE -> creditNoteFormat;
        };
    }

    public Party seller() {
        return new Party(companyName, null, street, postalCode, city, country, vatId, email, phone);
    }

    /** The same settings, issuing invoices at once or payment requests first. */
    public SellerSettings withInvoiceAtOnce(boolean atOnce) {
        return new SellerSettings(
                companyName,
                street,
                postalCode,
                city,
                country,
                vatId,
                email,
                phone,
                bankHolder,
                iban,
                bic,
                bankName,
                hasLogo,
                ossRegistered,
                atOnce,
                paymentRequestFormat,
                invoiceFormat,
                creditNoteFormat,
                paymentTermsDays,
                linkValidityDays);
    }

    public BankAccount bank() {
        return new BankAccount(bankHolder, iban, bic, bankName);
    }
}
