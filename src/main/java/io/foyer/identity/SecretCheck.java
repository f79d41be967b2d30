package io.foyer.identity;

import java.time.Duration;

/**
 * What support staff learn when they check what a caller said against a stored secret (phone PIN,
 * code word): whether it matches, never the secret itself.
 *
 * @param outcome the answer
 * @param retryAfter for {@link Outcome#BLOCKED}, how long until the next attempt; otherwise zero
 */
public record SecretCheck(Outcome outcome, Duration retryAfter) {

    public enum Outcome {
        MATCH,
        NO_MATCH,
        /** Nothing is stored to compare with. */
        NOT_SET,
        /** Too many wrong attempts: nothing was compared. */
        BLOCKED
    }

    public static SecretCheck of(boolean matches) {
        return new SecretCheck(matches ? Outcome.MATCH : Outcome.NO_MATCH, Duration.ZERO);
    }

    public static SecretCheck notSet() {
        return new SecretCheck(Outcome.NOT_SET, Duration.ZERO);
    }

    public static SecretCheck blocked(Duration retryAfter) {
        return new SecretCheck(Outcome.BLOCKED, retryAfter);
    }

    /** Whole minutes to wait, rounded up, at least one. */
    public long minutesToWait() {
        long seconds = retryAfter.toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    /** For the audit log. */
    public String describe() {
        return switch (outcome) {
            case MATCH -> "match";
            case NO_MATCH -> "no match";
            case NOT_SET -> "none set";
            case BLOCKED -> "blocked, " + minutesToWait() + " min left";
        };
    }
}
