package io.foyer.ordering;

/** Reading the account's orders from other modules (a support ticket about an order). */
public interface Orders {

    /** Whether the order exists and belongs to the account. */
    boolean belongsTo(long accountId, long orderId);
}
