package io.foyer.account.internal;

import io.foyer.account.AccountSummary;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.shared.net.IpAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides what a user (or a token of theirs) may do in an account, and whether the account's
 * allowed IP ranges let them in from where they are. The ranges come with the membership in the
 * same query, so the check stays one round trip and every node sees a change at once.
 */
@Component
public class AccessCheck {

    private static final String MEMBERSHIP =
            """
            select a.customer_number, coalesce(nullif(a.company, ''), a.contact_name) as display_name, m.owner, m.permissions,
                   a.allowed_ip_ranges::text[] as ip_ranges
            from account_member m join account_account a on a.id = m.account_id
            where m.account_id = ? and m.user_id = ?""";

    private final JdbcClient jdbc;

    AccessCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account in the chooser or the header, and whether the user can open it from where they are. */
    public record AccountChoice(AccountSummary account, boolean reachable) {}

    /**
     * The caller's view of the account, or empty when they are not a member (answered as 404).
     *
     * @throws IpNotAllowed when they are a member but {@code client} lies outside the account's allowed IP ranges
     */
    public Optional<CurrentAccount> resolve(
            long accountId, long userId, Set<Permission> tokenPermissions, Optional<IpAddress> client) {
        return find(accountId, userId, tokenPermissions, client, true);
    }

    /**
     * The member's view for staff who view the account as that member: the allowed IP ranges say
     * where members may work from, not where support staff sit.
     */
    public Optional<CurrentAccount> resolveForStaff(long accountId, long userId) {
        return find(accountId, userId, null, Optional.empty(), false);
    }

    /** The user's accounts, owner's first, each marked reachable or not from {@code client}. */
    public List<AccountChoice> choices(long userId, Optional<IpAddress> client) {
        return jdbc.sql(
                        """
                select a.id, a.customer_number, coalesce(nullif(a.company, ''), a.contact_name) as display_name, m.owner,
                       a.allowed_ip_ranges::text[] as ip_ranges
                from account_member m join account_account a on a.id = m.account_id
                where m.user_id = ? order by m.owner desc, a.customer_number""")
                .param(userId)
                .query((rs, n) -> new AccountChoice(
                        new AccountSummary(
                                rs.getLong("id"),
                                rs.getLong("customer_number"),
                                rs.getString("display_name"),
                                rs.getBoolean("owner")),
                        ranges(rs).allow(client)))
                .list();
    }

    private Optional<CurrentAccount> find(
            long accountId,
            long userId,
            Set<Permission> tokenPermissions,
            Optional<IpAddress> client,
            boolean applyIpRanges) {
        // One round trip: this runs on every account-scoped request.
        return jdbc.sql(MEMBERSHIP)
                .params(accountId, userId)
                .query((rs, n) -> {
                    if (applyIpRanges && !ranges(rs).allow(client)) {
                        throw new IpNotAllowed(
                                accountId,
                                rs.getLong("customer_number"),
                                rs.getString("display_name"),
                                client.map(IpAddress::toString).orElse(null));
                    }
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

    static AllowedIpRanges ranges(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("ip_ranges");
        return array == null ? AllowedIpRanges.ANYWHERE : AllowedIpRanges.fromDatabase((String[]) array.getArray());
    }

    private static Set<Permission> withNone(Set<Permission> permissions) {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions;
    }
}
