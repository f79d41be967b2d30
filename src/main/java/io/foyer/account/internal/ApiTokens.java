package io.foyer.account.internal;

import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.identity.AttemptLimiter;
import io.foyer.identity.Users;
import io.foyer.shared.net.IpAddress;
import io.foyer.shared.security.SecretTokens;
import io.foyer.shared.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: 256-bit secrets with the recognisable prefix {@code foyer_pat_}, shown
 * once and stored as a hash, bound to one account and a subset of the member's permissions.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "foyer_pat_";

    public record Token(
            long id,
            long accountId,
            long userId,
            String name,
            String hint,
            Set<Permission> permissions,
            Instant expiresAt,
            Instant lastUsedAt,
            String lastUsedIp,
            Instant revokedAt,
            Instant createdAt) {
        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    public record Created(Token token, String secret) {}

    private final JdbcClient jdbc;
    private final MemberRecords members;
    private final AuditTrail audit;
    private final AttemptLimiter limiter;
    private final Users users;
    private final Clock clock;
    private final int perUser;
    private final int perIp;

    ApiTokens(
            JdbcClient jdbc,
            MemberRecords members,
            AuditTrail audit,
            AttemptLimiter limiter,
            Users users,
            Clock clock,
            @Value("${foyer.rate-limits.tokens-per-user:20}") int perUser,
            @Value("${foyer.rate-limits.tokens-per-ip:60}") int perIp) {
        this.jdbc = jdbc;
        this.members = members;
        this.audit = audit;
        this.limiter = limiter;
        this.users = users;
        this.clock = clock;
        this.perUser = perUser;
        this.perIp = perIp;
    }

    /** Creates a token for a member; it may carry only permissions the member has. */
    @Transactional
    public Created create(
            long accountId, long userId, String name, Set<Permission> requested, Instant expiresAt, Actor actor) {
        var member = members.find(accountId, userId).orElseThrow(NotFoundException::new);
        Set<Permission> held = member.owner() ? EnumSet.allOf(Permission.class) : member.permissions();
        if (!held.containsAll(requested)) {
            throw new InvalidField("permissions", "tokens.permissionNotHeld");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidField("expiresAt", "tokens.expiryInPast");
        }
        // A stolen session should not be able to mint tokens in bulk; counted in the database,
        // so the limit holds across nodes.
        if (!limiter.tryAcquire("token-user", String.valueOf(userId), perUser, Duration.ofHours(1))
                || !limiter.tryAcquire("token-ip", actor.ip(), perIp, Duration.ofHours(1))) {
            throw new InvalidField("name", "tokens.tooMany");
        }
        String secret = SecretTokens.newSecret(PREFIX);
        long id = jdbc.sql(
                        """
                insert into account_api_token (account_id, user_id, name, secret_hash, hint, permissions, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        accountId,
                        userId,
                        name.trim(),
                        SecretTokens.hash(secret),
                        secret.substring(0, PREFIX.length() + 4),
                        Rows.names(requested),
                        Rows.ts(expiresAt),
                        Rows.ts(now))
                .query(Long.class)
                .single();
        audit.record(accountId, actor, "token.created", name.trim() + " " + requested);
        return new Created(find(accountId, userId, id).orElseThrow(), secret);
    }

    public List<Token> ofMember(long accountId, long userId) {
        return jdbc.sql("select * from account_api_token where account_id = ? and user_id = ? order by created_at desc")
                .params(accountId, userId)
                .query(ApiTokens::map)
                .list();
    }

    public Optional<Token> find(long accountId, long userId, long id) {
        return jdbc.sql("select * from account_api_token where account_id = ? and user_id = ? and id = ?")
                .params(accountId, userId, id)
                .query(ApiTokens::map)
                .optional();
    }

    @Transactional
    public void revoke(long accountId, long userId, long id, Actor actor) {
        Token token = find(accountId, userId, id).orElseThrow(NotFoundException::new);
        if (token.revokedAt() == null) {
            jdbc.sql("update account_api_token set revoked_at = ? where id = ?")
                    .params(Rows.ts(clock.instant()), id)
                    .update();
            audit.record(accountId, actor, "token.revoked", token.name());
        }
    }

    /** How often a token's last use is written at most: a busy script must not write on every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /**
     * The active token for a presented secret, recording its use (time and client address) when the
     * recorded one is older than {@link #LAST_USE_PRECISION}. One statement: the lookup with the
     * allowed IP ranges of the token's account, and the update only when it is due. Outside those
     * ranges the token is refused, and the exception rolls the update back: a refused call is no use.
     *
     * @throws IpNotAllowed when {@code clientIp} lies outside the allowed IP ranges of the token's account
     */
    @Transactional
    public Optional<Token> authenticate(String secret, String clientIp) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql(
                        """
                with found as (
                    select t.*, a.allowed_ip_ranges::text[] as ip_ranges, a.customer_number,
                           coalesce(nullif(a.company, ''), a.contact_name) as display_name
                    from account_api_token t join account_account a on a.id = t.account_id
                    where t.secret_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)
                ), touched as (
                    update account_api_token t set last_used_at = ?, last_used_ip = ?
                    from found
                    where t.id = found.id and (found.last_used_at is null or found.last_used_at <= ?)
                )
                select * from found""")
                .params(
                        SecretTokens.hash(secret),
                        Rows.ts(now),
                        Rows.ts(now),
                        clientIp,
                        Rows.ts(now.minus(LAST_USE_PRECISION)))
                .query((rs, n) -> {
                    Token token = map(rs, n);
                    Optional<IpAddress> client = IpAddress.ofRemoteAddress(clientIp);
                    if (!AccessCheck.ranges(rs).allow(client)) {
                        throw new IpNotAllowed(
                                token.accountId(),
                                rs.getLong("customer_number"),
                                rs.getString("display_name"),
                                client.map(IpAddress::toString).orElse(null));
                    }
                    return token;
                })
                .optional()
                // A user disabled by staff keeps their tokens, but none of them works meanwhile.
                .filter(token ->
                        users.find(token.userId()).map(user -> !user.disabled()).orElse(false));
    }

    static Token map(ResultSet rs, int n) throws SQLException {
        return new Token(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getLong("user_id"),
                rs.getString("name"),
                rs.getString("hint"),
                Rows.permissions(rs, "permissions"),
                Rows.instant(rs, "expires_at"),
                Rows.instant(rs, "last_used_at"),
                rs.getString("last_used_ip"),
                Rows.instant(rs, "revoked_at"),
                Rows.instant(rs, "created_at"));
    }
}
