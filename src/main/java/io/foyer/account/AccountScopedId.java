package io.foyer.account;

import java.util.function.BiPredicate;

/**
 * Declares how to tell whether an id in an account-scoped path (e.g. {@code {contactId}} in
 * {@code /accounts/{accountId}/contacts/{contactId}}) belongs to that account. The access check
 * consults it before any handler runs, so another account's object answers 404 on every
 * endpoint — before the request body is even read. Every path variable next to
 * {@code {accountId}} needs one; Foyer refuses to start otherwise.
 */
public record AccountScopedId(String pathVariable, BiPredicate<CurrentAccount, Long> visible) {}
