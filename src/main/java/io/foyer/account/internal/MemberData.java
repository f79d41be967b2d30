package io.foyer.account.internal;

import io.foyer.account.Permission;
import java.util.Set;

/** The permissions and support flag given to a member or an invitee. */
public record MemberData(Set<Permission> permissions, boolean supportEligible) {
    public MemberData {
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }
}
