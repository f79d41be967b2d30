-- A renewal for a longer period than the service's own (chosen by the customer at checkout)
-- carries the price of that period: once paid, the service is billed for that period and price.
-- Null for renewals of the service's own period.
alter table subscription_renewal add column price numeric(19,4) check (price >= 0);
alter table subscription_renewal add column currency char(3);
alter table subscription_renewal add constraint subscription_renewal_price_currency
    check ((price is null) = (currency is null));
