package io.foyer.account.internal;

import io.foyer.account.AccessRestrictions;
import io.foyer.account.Actor;
import io.foyer.shared.net.IpAddress;
import io.foyer.shared.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The allowed IP ranges of an account: reading and changing them. */
@Service
public class IpRangeSettings implements AccessRestrictions {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    IpRangeSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public List<String> allowedIpRanges(long accountId) {
        return of(accountId).entries();
    }

    public AllowedIpRanges of(long accountId) {
        return jdbc.sql("select allowed_ip_ranges::text[] as ip_ranges from account_account where id = ?")
                .param(accountId)
                .query((rs, n) -> AccessCheck.ranges(rs))
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Replaces the ranges. A list that shuts out the address the change comes from is saved only
     * with {@code lockoutConfirmed}: the caller would lose the account from here at once, and must
     * not find that out only on the next click.
     *
     * @throws InvalidField on {@code confirmLockout} when the list excludes {@code client} and that was not confirmed
     */
    @Transactional
    public void change(
            long accountId, AllowedIpRanges ranges, Optional<IpAddress> client, boolean lockoutConfirmed, Actor actor) {
        if (!ranges.allow(client) && !lockoutConfirmed) {
            throw new InvalidField(
                    "confirmLockout",
                    "ipRanges.confirmNeeded",
                    client.map(IpAddress::toString).orElse("?"));
        }
        // Locked, so that two concurrent changes each audit the list they actually replaced.
        AllowedIpRanges old = jdbc.sql(
                        "select allowed_ip_ranges::text[] as ip_ranges from account_account where id = ? for update")
                .param(accountId)
                .query((rs, n) -> AccessCheck.ranges(rs))
                .optional()
                .orElseThrow(NotFoundException::new);
        if (old.equals(ranges)) {
            return;
        }
        jdbc.sql("update account_account set allowed_ip_ranges = cast(? as cidr[]) where id = ?")
                .params(ranges.forDatabase(), accountId)
                .update();
        audit.record(accountId, actor, "account.ip-ranges-changed", old.describe() + " -> " + ranges.describe());
    }
}
