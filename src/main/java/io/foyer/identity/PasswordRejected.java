package io.foyer.identity;

/** The password breaks the policy; {@link #messageKey()} says why, in the message bundles. */
public class PasswordRejected extends RuntimeException {
    private final String messageKey;

    public PasswordRejected(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
