package io.foyer.identity;

import java.util.Collection;
import java.util.Set;

/** Users' phone PINs as support staff use them: who has one, and whether a caller knows it. */
public interface PhonePins {

    /** A PIN is 4 to 8 digits (0–9), nothing else. */
    static boolean wellFormed(String pin) {
        return pin != null && pin.matches("[0-9]{4,8}");
    }

    /** Those of the given users who have set a PIN. */
    Set<Long> withPin(Collection<Long> userIds);

    /**
     * Compares what a caller said with the user's PIN, behind the brute-force guard, and records the
     * check as a security event of the user with {@code staffId} as the actor.
     *
     * @param context what the check was for, for the audit entry (e.g. the account's customer number)
     */
    SecretCheck check(long userId, String spoken, long staffId, String clientIp, String context);
}
