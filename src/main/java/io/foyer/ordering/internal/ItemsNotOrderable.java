package io.foyer.ordering.internal;

import java.util.List;

/** Some items can no longer be ordered (plan retired, or no price for the period in the account's currency). */
public class ItemsNotOrderable extends RuntimeException {

    private final List<QuotedItem> refused;

    public ItemsNotOrderable(List<QuotedItem> refused) {
        super("Items not orderable: " + refused, null, false, false);
        this.refused = List.copyOf(refused);
    }

    public List<QuotedItem> refused() {
        return refused;
    }
}
