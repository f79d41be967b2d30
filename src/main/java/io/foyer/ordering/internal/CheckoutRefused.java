package io.foyer.ordering.internal;

/** Checkout cannot go on as asked; {@link #field()} names the input to correct and {@link #messageKey()} says why. */
public class CheckoutRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CheckoutRefused(String field, String messageKey) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
