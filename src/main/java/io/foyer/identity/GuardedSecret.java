package io.foyer.identity;

/** The secrets an attacker can guess, each throttled on its own by the {@link BruteForceGuard}. */
public enum GuardedSecret {
    /** A password at login (customer or staff), keyed by the login name. */
    PASSWORD,
    /** A TOTP or recovery code at the second login step, keyed by the user. */
    SECOND_FACTOR,
    /** The password asked again before a sensitive change, keyed by the user. */
    REAUTHENTICATION,
    /** A phone PIN typed by staff for a caller, keyed by the user whose PIN it is. */
    PHONE_PIN,
    /** An account's code word typed by staff for a caller, keyed by the account. */
    CODE_WORD
}
