package io.foyer.billing;

/**
 * Billing refused the input or the action, and nothing was written: an amount with more decimals
 * than the currency has, a quantity that is not positive, a price in another currency, an account
 * without a complete billing address, a document that is not payable. {@link #messageKey()} names
 * the translated message (bundle {@code i18n/billing}, arguments in {@link #args()}); {@link
 * #field()} the input it is about, such as {@code lines[0].quantity}, or null.
 */
public class BillingRefused extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public BillingRefused(String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input the refusal is about, or null. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
