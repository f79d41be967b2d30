package io.foyer.ordering;

import java.util.List;

/** An order was placed: its services are pending until the payment request is paid. */
public record OrderPlaced(long orderId, long accountId, long documentId, List<Long> serviceIds) {}
