package io.foyer.account.internal;

import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Decides what a user (or a token of theirs) may do in an account. */
@Component
public class AccessCheck {

    private final JdbcClient jdbc;

    AccessCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller's view of the account, or empty when they are not a member (answered as 404). */
    public Optional<CurrentAccount> resolve(long accountId, long userId, Set<Permission> tokenPermissions) {
        // One round trip: this runs on every account-scoped request.
        return jdbc.sql(
                        """
                        select a.customer_number, coalesce(nullif(a.company, ''), a.contact_name) as display_name, m.owner, m.permissions
                        from account_member m join account_account a on a.id = m.account_id
                        where m.account_id = ? and m.user_id = ?""")
                .params(accountId, userId)
                .query((rs, n) -> {
                    boolean owner = rs.getBoolean("owner");
                    Set<Permission> held = owner
                            ? EnumSet.allOf(Permission.class)
                            : EnumSet.copyOf(withNone(Rows.permissions(rs, "permissions")));
                    if (tokenPermissions != null) {
                        held.retainAll(tokenPermissions);
                    }
                    return new CurrentAccount(
                            accountId,
                            rs.getLong("customer_number"),
                            rs.getString("display_name"),
                            userId,
                            owner,
                            Set.copyOf(held),
                            tokenPermissions != null);
                })
                .optional();
    }

    private static Set<Permission> withNone(Set<Permission> permissions) {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions;
    }
}
