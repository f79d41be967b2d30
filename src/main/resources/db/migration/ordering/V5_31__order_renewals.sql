-- An order can renew services the account has: such an item names the existing service and the
-- service's own renewal payment request (one per service and period, see subscription_renewal)
-- with the period it pays for. New plans share the order's payment request (ordering_order.document_id,
-- null when the order only renews). An item is paid when its request is; the order when all are.
alter table ordering_order_item add column kind varchar(10) not null default 'NEW' check (kind in ('NEW', 'RENEWAL'));
alter table ordering_order_item add column document_id bigint;
alter table ordering_order_item add column document_number varchar(40);
alter table ordering_order_item add column period_start date;
alter table ordering_order_item add column period_end date;
alter table ordering_order_item add column paid_at timestamptz;
alter table ordering_order_item add constraint ordering_order_item_renewal
    check ((kind = 'RENEWAL') = (document_id is not null and period_start is not null and period_end is not null));
update ordering_order_item i set paid_at = o.paid_at from ordering_order o where o.id = i.order_id and o.status = 'PAID';
-- Every paid renewal request (the billing run's too) looks for the items it pays: by document, else
-- by service among the few open renewal items.
create index ordering_order_item_document on ordering_order_item (document_id) where document_id is not null;
create index ordering_order_item_open_renewal on ordering_order_item (service_id) where kind = 'RENEWAL' and paid_at is null;
