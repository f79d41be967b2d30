package io.foyer.ordering.internal;

import io.foyer.ordering.Orders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrderQueries implements Orders {

    private final OrderRecords records;

    OrderQueries(OrderRecords records) {
        this.records = records;
    }

    @Override
    public boolean belongsTo(long accountId, long orderId) {
        return records.exists(accountId, orderId);
    }
}
