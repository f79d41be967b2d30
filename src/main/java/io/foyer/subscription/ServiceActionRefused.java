package io.foyer.subscription;

/** The service is not in a state that allows the action; {@link #messageKey()} says why. */
public class ServiceActionRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ServiceActionRefused(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments (none for most refusals). */
    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}
