package io.foyer.billing.internal;

/**
 * Bad input or a refused action in billing, with the message key (bundle {@code i18n/billing})
 * to show and, where it belongs to one, the field. Thrown before anything is written, or inside
 * the transaction so that nothing is.
 */
public class BillingProblem extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public BillingProblem(String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public static BillingProblem of(String messageKey, Object... args) {
        return new BillingProblem(null, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The field the problem is about, or null. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
