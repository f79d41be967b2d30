package io.foyer.account.internal;

import io.foyer.account.Actor;
import io.foyer.account.Permission;
import io.foyer.identity.EmailAlreadyRegistered;
import io.foyer.identity.UserProfile;
import io.foyer.identity.Users;
import io.foyer.notification.Mail;
import io.foyer.notification.Mailer;
import io.foyer.shared.security.SecretTokens;
import io.foyer.shared.web.Languages;
import io.foyer.shared.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of an account: invitations, editing permissions, removal. The owner is never removed here. */
@Service
public class MemberManagement {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    public record Invitation(
            long id,
            long accountId,
            String email,
            Set<Permission> permissions,
            boolean supportEligible,
            Instant expiresAt,
            Instant acceptedAt,
            Instant revokedAt,
            Instant createdAt) {
        public String state(Instant now) {
            if (acceptedAt != null) {
                return "accepted";
            }
            if (revokedAt != null) {
                return "revoked";
            }
            return expiresAt.isBefore(now) ? "expired" : "pending";
        }
    }

    private final JdbcClient jdbc;
    private final MemberRecords members;
    private final AccountRecords accounts;
    private final AuditTrail audit;
    private final Users users;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;

    MemberManagement(
            JdbcClient jdbc,
            MemberRecords members,
            AccountRecords accounts,
            AuditTrail audit,
            Users users,
            Mailer mailer,
            @Value("${foyer.base-url}") String baseUrl,
            Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.users = users;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Invites an address; an existing member cannot be invited again. Returns the invitation id. */
    @Transactional
    public long invite(long accountId, String email, MemberData data, Actor actor, Locale mailLocale) {
        String address = email.trim();
        Optional<UserProfile> existing = users.findByEmail(address);
        if (existing.isPresent() && members.find(accountId, existing.get().id()).isPresent()) {
            throw new InvalidField("email", "members.alreadyMember");
        }
        requireGrantable(accountId, actor, data.permissions());
        Instant now = clock.instant();
        if (hasPendingInvitation(accountId, address, now)) {
            throw new InvalidField("email", "members.alreadyInvited");
        }
        String secret = SecretTokens.newSecret("");
        long id = jdbc.sql(
                        """
                insert into account_invitation (account_id, email, permissions, support_eligible, token_hash, invited_by, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        accountId,
                        address,
                        Rows.names(data.permissions()),
                        data.supportEligible(),
                        SecretTokens.hash(secret),
                        actor.id(),
                        Rows.ts(now.plus(INVITATION_VALIDITY)),
                        Rows.ts(now))
                .query(Long.class)
                .single();
        var account = accounts.find(accountId).orElseThrow();
        var locale = existing.map(u -> Languages.locale(u.language())).orElse(mailLocale);
        mailer.queue(Mail.of(
                address,
                "invitation",
                locale,
                Map.of(
                        "account",
                        account.displayName(),
                        "customerNumber",
                        account.customerNumber(),
                        "inviter",
                        actor.name(),
                        "link",
                        baseUrl + "/invitations/accept?token=" + secret)));
        audit.record(accountId, actor, "member.invited", address + " " + data.permissions());
        return id;
    }

    private boolean hasPendingInvitation(long accountId, String email, Instant now) {
        return jdbc.sql(
                        """
                select exists (select 1 from account_invitation where account_id = ? and lower(email) = lower(?)
                and accepted_at is null and revoked_at is null and expires_at > ?)""")
                .params(accountId, email, Rows.ts(now))
                .query(Boolean.class)
                .single();
    }

    public List<Invitation> invitations(long accountId) {
        return jdbc.sql("select * from account_invitation where account_id = ? order by created_at desc")
                .param(accountId)
                .query(MemberManagement::map)
                .list();
    }

    /** One invitation of the account, looked up within that account only. */
    public Optional<Invitation> invitation(long accountId, long invitationId) {
        return jdbc.sql("select * from account_invitation where account_id = ? and id = ?")
                .params(accountId, invitationId)
                .query(MemberManagement::map)
                .optional();
    }

    @Transactional
    public void revokeInvitation(long accountId, long invitationId, Actor actor) {
        int changed = jdbc.sql(
                        "update account_invitation set revoked_at = ? where account_id = ? and id = ? and accepted_at is null and revoked_at is null")
                .params(Rows.ts(clock.instant()), accountId, invitationId)
                .update();
        if (changed == 0) {
            jdbc.sql("select id from account_invitation where account_id = ? and id = ?")
                    .params(accountId, invitationId)
                    .query(Long.class)
                    .optional()
                    .orElseThrow(NotFoundException::new);
            return;
        }
        audit.record(accountId, actor, "member.invitation.revoked", String.valueOf(invitationId));
    }

    /** A still-usable invitation for the link secret. */
    public Optional<Invitation> pendingInvitation(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select * from account_invitation where token_hash = ? and accepted_at is null and revoked_at is null and expires_at > ?")
                .params(SecretTokens.hash(secret), Rows.ts(clock.instant()))
                .query(MemberManagement::map)
                .optional();
    }

    /** Accepts as an existing, signed-in user; the invitation may have been sent to another of their addresses. */
    @Transactional
    public long accept(String secret, long userId, String userEmail) {
        Invitation invitation = claim(secret).orElseThrow(NotFoundException::new);
        join(invitation, userId, userEmail);
        return invitation.accountId();
    }

    /** Accepts by creating the user: the link proves the address, so it counts as confirmed. */
    @Transactional
    public long acceptAsNewUser(String secret, String name, String password, String language) {
        Invitation invitation = pendingInvitation(secret).orElseThrow(NotFoundException::new);
        if (users.findByEmail(invitation.email()).isPresent()) {
            throw new EmailAlreadyRegistered();
        }
        long userId = users.registerConfirmed(invitation.email(), password, name, language);
        claim(secret).orElseThrow(NotFoundException::new);
        join(invitation, userId, invitation.email());
        return invitation.accountId();
    }

    private Optional<Invitation> claim(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql(
                        """
                update account_invitation set accepted_at = ?
                where token_hash = ? and accepted_at is null and revoked_at is null and expires_at > ? returning *""")
                .params(Rows.ts(now), SecretTokens.hash(secret), Rows.ts(now))
                .query(MemberManagement::map)
                .optional();
    }

    /**
     * A member with user management may give or take away only permissions they hold themselves;
     * the owner (and staff) may change all of them. Without this, user management would be a way
     * to every other permission.
     */
    private void requireGrantable(long accountId, Actor actor, Set<Permission> permissions) {
        if (!"USER".equals(actor.kind()) || actor.id() == null) {
            return;
        }
        var acting = members.find(accountId, actor.id()).orElseThrow(NotFoundException::new);
        if (!acting.owner() && !acting.permissions().containsAll(permissions)) {
            throw new InvalidField("permissions", "members.cannotGrant");
        }
    }

    private void join(Invitation invitation, long userId, String email) {
        if (members.find(invitation.accountId(), userId).isEmpty()) {
            members.insert(
                    invitation.accountId(),
                    userId,
                    false,
                    invitation.permissions(),
                    invitation.supportEligible(),
                    clock.instant());
        }
        audit.record(invitation.accountId(), Actor.user(userId, email, null), "member.joined", email);
    }

    @Transactional
    public void update(long accountId, long userId, MemberData data, Actor actor) {
        var member = members.find(accountId, userId).orElseThrow(NotFoundException::new);
        if (member.owner()) {
            throw new InvalidField("permissions", "members.ownerFixed");
        }
        Set<Permission> changed = EnumSet.noneOf(Permission.class);
        changed.addAll(member.permissions());
        changed.addAll(data.permissions());
        Set<Permission> kept = EnumSet.noneOf(Permission.class);
        kept.addAll(member.permissions());
        kept.retainAll(data.permissions());
        changed.removeAll(kept);
        requireGrantable(accountId, actor, changed);
        members.update(accountId, userId, data.permissions(), data.supportEligible());
        audit.record(
                accountId,
                actor,
                "member.updated",
                userId + " " + data.permissions() + (data.supportEligible() ? " support" : ""));
    }

    @Transactional
    public void remove(long accountId, long userId, Actor actor) {
        var member = members.find(accountId, userId).orElseThrow(NotFoundException::new);
        if (member.owner()) {
            throw new InvalidField("member", "members.ownerCannotBeRemoved");
        }
        members.delete(accountId, userId);
        // A former member's tokens must not come back to life if they are invited again later.
        jdbc.sql(
                        "update account_api_token set revoked_at = ? where account_id = ? and user_id = ? and revoked_at is null")
                .params(Rows.ts(clock.instant()), accountId, userId)
                .update();
        audit.record(
                accountId,
                actor,
                "member.removed",
                users.find(userId).map(UserProfile::email).orElse(String.valueOf(userId)));
    }

    static Invitation map(ResultSet rs, int n) throws SQLException {
        return new Invitation(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("email"),
                Rows.permissions(rs, "permissions"),
                rs.getBoolean("support_eligible"),
                Rows.instant(rs, "expires_at"),
                Rows.instant(rs, "accepted_at"),
                Rows.instant(rs, "revoked_at"),
                Rows.instant(rs, "created_at"));
    }
}
