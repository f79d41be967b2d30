package io.foyer.account;

import io.foyer.identity.SecretCheck;
import java.time.Instant;
import java.util.Optional;

/** An account's code word as support staff use it: whether one is set, and whether a caller knows it. */
public interface CodeWords {

    /** When the account's code word was last set, or empty when it has none. */
    Optional<Instant> changedAt(long accountId);

    /**
     * Compares what a caller said with the account's code word, behind the brute-force guard, and
     * records the check in the account's audit log with {@code staff} as the actor.
     */
    SecretCheck check(long accountId, String spoken, Actor staff);
}
