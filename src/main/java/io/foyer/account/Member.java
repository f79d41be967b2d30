package io.foyer.account;

import java.time.Instant;
import java.util.Set;

/** A user's membership in an account. */
public record Member(
        long accountId,
        long userId,
        String email,
        String name,
        boolean owner,
        Set<Permission> permissions,
        boolean supportEligible,
        Instant since) {

    /** The name to show the member by: their name, or their e-mail address when they gave none. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
