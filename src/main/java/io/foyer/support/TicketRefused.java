package io.foyer.support;

/**
 * Bad input for a ticket or a message: a message key of the {@code support} bundle and the field
 * it belongs to (null when it belongs to none). Nothing has been written.
 */
public class TicketRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TicketRefused(String field, String messageKey) {
        super(messageKey);
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
