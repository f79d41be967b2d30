package io.foyer.ordering.internal;

/** Checkout cannot go on as asked; {@link #field()} names the input to correct and {@link #messageKey()} says why. */
public class CheckoutRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public CheckoutRefused(String field, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** The message's arguments. */
    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
