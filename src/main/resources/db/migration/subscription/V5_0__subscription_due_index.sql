-- The billing run looks for active services whose period ends soon, in id order.
create index subscription_service_active_period_end on subscription_service (period_end, id) where status = 'ACTIVE';
create index subscription_renewal_unpaid on subscription_renewal (id) where paid_at is null;
