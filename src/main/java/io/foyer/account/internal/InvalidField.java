package io.foyer.account.internal;

/** A value that passed the form's own checks but breaks a rule of the account (e.g. a foreign contact id). */
public class InvalidField extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidField(String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, none for most. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
