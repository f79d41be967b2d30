package io.foyer.catalog;

/**
 * A change of the catalog was refused and nothing was changed.
 *
 * @param field the input that is wrong, e.g. {@code name}, {@code configuration} or {@code
 *     price[EUR-12]}
 * @param messageKey the translated explanation in the {@code catalog} message bundle
 */
public class InvalidCatalogInput extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidCatalogInput(String field, String messageKey) {
        super(field + ": " + messageKey);
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
