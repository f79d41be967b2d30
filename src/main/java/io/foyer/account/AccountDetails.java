package io.foyer.account;

import java.time.Instant;

/** The account contact, billing address and settings of one account. */
public record AccountDetails(
        long id,
        long customerNumber,
        String profileType,
        String contactName,
        String company,
        String street,
        String postalCode,
        String city,
        String country,
        String vatId,
        String email,
        String phone,
        Long invoiceContactId,
        String language,
        String currency,
        boolean autoRenew,
        String invoiceEmail,
        String technicalEmail,
        String newsletterEmail,
        boolean notifyInvoices,
        boolean notifyTechnical,
        boolean notifyNews,
        boolean newsletterOptIn,
        Instant createdAt) {

    public String displayName() {
        return company != null && !company.isBlank() ? company : contactName;
    }

    public boolean business() {
        return "BUSINESS".equals(profileType);
    }
}
