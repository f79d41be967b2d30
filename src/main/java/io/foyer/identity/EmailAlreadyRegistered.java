package io.foyer.identity;

/** Sign-up or invitation for an address that already has a user. */
public class EmailAlreadyRegistered extends RuntimeException {
    public EmailAlreadyRegistered() {
        super("email already registered", null, false, false);
    }
}
