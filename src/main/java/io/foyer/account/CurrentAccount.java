package io.foyer.account;

import java.util.Set;

/**
 * The account a request acts in, after the access check: who is acting and with which
 * permissions (for an API token, the token's subset of the member's permissions).
 */
public record CurrentAccount(
        long accountId,
        long customerNumber,
        String displayName,
        long userId,
        boolean owner,
        Set<Permission> permissions,
        boolean viaToken) {

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** For templates: {@code current.can('USERS')} is far cheaper to evaluate than a {@code T(...)} type lookup. */
    public boolean can(String permission) {
        return permissions.contains(Permission.valueOf(permission));
    }
}
