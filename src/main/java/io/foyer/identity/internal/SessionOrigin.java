package io.foyer.identity.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where and when a customer signed in to a session, kept in the session for "My sessions". A
 * record, so a field added in a later release still lets older sessions be read.
 */
record SessionOrigin(long userId, Instant signedInAt, String ip, String userAgent, String factor)
        implements Serializable {

    static final String ATTRIBUTE = "io.foyer.identity.SESSION_ORIGIN";
}
