package io.foyer.identity;

import java.time.Instant;
import java.util.List;

/** A customer user's signed-in browser sessions: listing them and ending them. */
public interface UserSessions {

    /**
     * A signed-in session.
     *
     * @param id a handle for ending the session; not the session's own id, which would let whoever
     *     sees the list take the session over
     * @param current whether it is the session the list was asked for from
     */
    record ActiveSession(
            String id, Instant signedInAt, Instant lastUsedAt, String ip, String userAgent, boolean current) {}

    /**
     * The user's active sessions, the current one first, then the most recently used.
     *
     * @param currentSessionId the id of the session asking, to mark it; {@code null} for none
     */
    List<ActiveSession> of(long userId, String currentSessionId);

    /**
     * Ends one of the user's sessions at once: its next request is anonymous. Publishes {@code
     * user.session-ended}.
     *
     * @return false when the user has no session with this handle
     */
    boolean end(long userId, String id, String clientIp);

    /** Ends every session of the user except {@code keepSessionId}; returns how many ended. */
    int endOthers(long userId, String keepSessionId, String clientIp);
}
