package io.foyer.identity.internal;

import io.foyer.identity.UserProfile;
import io.foyer.identity.UserSecurityEvent;
import io.foyer.identity.UserSessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's sessions through Spring Session's index by user id (see {@link SessionIndex}). Ending
 * one deletes its row, so every node sees it gone on the session's next request.
 */
@Service
class SessionManagement implements UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final UserRecords users;
    private final ApplicationEventPublisher events;
    private final SessionPolicy policy;
    private final Clock clock;

    SessionManagement(
            FindByIndexNameSessionRepository<? extends Session> sessions,
            UserRecords users,
            ApplicationEventPublisher events,
            SessionPolicy policy,
            Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<ActiveSession> of(long userId, String currentSessionId) {
        return active(userId).values().stream()
                .map(s -> view(s, currentSessionId))
                .sorted(Comparator.comparing(ActiveSession::current)
                        .thenComparing(ActiveSession::lastUsedAt)
                        .reversed())
                .toList();
    }

    @Override
    @Transactional
    public boolean end(long userId, String id, String clientIp) {
        if (id == null) {
            return false;
        }
        for (Session session : active(userId).values()) {
            if (handle(session.getId()).equals(id)) {
                sessions.deleteById(session.getId());
                publish(userId, "user.session-ended", describe(session), clientIp);
                return true;
            }
        }
        return false;
    }

    @Override
    @Transactional
    public int endOthers(long userId, String keepSessionId, String clientIp) {
        int ended = 0;
        for (Session session : active(userId).values()) {
            if (!session.getId().equals(keepSessionId)) {
                sessions.deleteById(session.getId());
                publish(userId, "user.session-ended", describe(session), clientIp);
                ended++;
            }
        }
        return ended;
    }

    /** After a password change: every other session ends, whoever may have signed in to it. */
    @Transactional
    int endOthersAfterPasswordChange(long userId, String keepSessionId, String clientIp) {
        int ended = endAll(userId, keepSessionId);
        publish(userId, "user.sessions-ended-on-password-change", String.valueOf(ended), clientIp);
        return ended;
    }

    /** Ends every session of the user but {@code keepSessionId} (null: all), without an event of its own. */
    int endAll(long userId, String keepSessionId) {
        // Expired ones too: there is no reason to keep a row of a user who has to sign in again.
        Map<String, ? extends Session> all = sessions.findByPrincipalName(SessionIndex.principalName(userId));
        int ended = 0;
        for (String id : all.keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    private Map<String, Session> active(long userId) {
        Instant now = clock.instant();
        Map<String, Session> all = new HashMap<>(sessions.findByPrincipalName(SessionIndex.principalName(userId)));
        all.values().removeIf(s -> s.isExpired() || pastAbsoluteTimeout(s, now));
        return all;
    }

    private boolean pastAbsoluteTimeout(Session session, Instant now) {
        return session.getAttribute(AbsoluteSessionTimeout.STARTED) instanceof Instant started
                && !now.isBefore(started.plus(policy.absoluteTimeout()));
    }

    private static ActiveSession view(Session session, String currentSessionId) {
        SessionOrigin origin = session.getAttribute(SessionOrigin.ATTRIBUTE);
        return new ActiveSession(
                handle(session.getId()),
                origin != null ? origin.signedInAt() : session.getCreationTime(),
                session.getLastAccessedTime(),
                origin != null ? origin.ip() : null,
                origin != null ? origin.userAgent() : null,
                Objects.equals(session.getId(), currentSessionId));
    }

    private static String describe(Session session) {
        SessionOrigin origin = session.getAttribute(SessionOrigin.ATTRIBUTE);
        return origin == null ? null : "signed in from " + origin.ip();
    }

    private void publish(long userId, String action, String detail, String clientIp) {
        String email = users.find(userId).map(UserProfile::email).orElse(null);
        events.publishEvent(UserSecurityEvent.byUser(userId, email, action, detail, clientIp));
    }

    /** A public handle for a session: a hash of its id, from which the id cannot be found. */
    static String handle(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
