package io.foyer.billing.document;

/** Seller or recipient as printed on a document, as they were at issue. Country: ISO alpha-2. */
public record Party(
        String name,
        String contactName,
        String street,
        String postalCode,
        String city,
        String country,
        String vatId,
        String email,
        String phone) {}
