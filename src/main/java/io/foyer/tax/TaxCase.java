package io.foyer.tax;

import java.time.LocalDate;

/**
 * The facts that decide the VAT of a sale.
 *
 * @param sellerCountry ISO 3166-1 alpha-2 code of the provider's country
 * @param recipientCountry ISO code of the recipient's billing country
 * @param business whether the recipient buys as a business
 * @param vatId the recipient's VAT ID, or null
 * @param date the document date, which picks the rate
 * @param ossRegistered whether the provider charges destination-country VAT to EU consumers
 */
public record TaxCase(
        String sellerCountry,
        String recipientCountry,
        boolean business,
        String vatId,
        LocalDate date,
        boolean ossRegistered) {}
