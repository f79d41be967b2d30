package io.foyer.account.internal;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Decides what a user (or a token of theirs) may do in an account. */
@Component
public class AccessCheck {

    private final MemberRecords members;
    private final AccountRecords accounts;

    AccessCheck(MemberRecords members, AccountRecords accounts) {
        this.members = members;
        this.accounts = accounts;
    }

    /** The caller's view of the account, or empty when they are not a member (answered as 404). */
    public Optional<CurrentAccount> resolve(long accountId, long userId, Set<Permission> tokenPermissions) {
        return members.find(accountId, userId)
                .flatMap(member -> accounts.find(accountId).map(account -> {
                    Set<Permission> held = member.owner()
                            ? EnumSet.allOf(Permission.class)
                            : EnumSet.copyOf(withNone(member.permissions()));
                    if (tokenPermissions != null) {
                        held.retainAll(tokenPermissions);
                    }
                    return new CurrentAccount(
                            accountId,
                            account.customerNumber(),
                            account.displayName(),
                            userId,
                            member.owner(),
                            Set.copyOf(held),
                            tokenPermissions != null);
                }));
    }

    private static Set<Permission> withNone(Set<Permission> permissions) {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions;
    }
}
