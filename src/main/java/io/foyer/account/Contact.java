package io.foyer.account;

/** An extra person stored on an account; may be chosen as the invoice recipient. */
public record Contact(
        long id,
        long accountId,
        String name,
        String company,
        String street,
        String postalCode,
        String city,
        String country,
        String email,
        String phone) {}
