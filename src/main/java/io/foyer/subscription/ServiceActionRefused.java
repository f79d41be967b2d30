package io.foyer.subscription;

/** The service is not in a state that allows the action; {@link #messageKey()} says why. */
public class ServiceActionRefused extends RuntimeException {

    private final String messageKey;

    public ServiceActionRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
