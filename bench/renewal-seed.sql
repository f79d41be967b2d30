-- Seeds :services active one-month services due in three days, ten per account, for the billing
-- run benchmark (bench/renewal.sh): :services / 10 accounts with a complete German billing
-- address; every second account has credit for its ten renewals, so half the renewals are paid
-- from the balance (payment request, payment, invoice, ledger entry) and half are mailed.
-- :prefix names the accounts (renewal-bench-N@bench.test), so a second set can be seeded beside
-- the first: bench/renewal.sh seeds a warm-up set first.
\set ON_ERROR_STOP on
begin;
insert into catalog_product (kind, name) values ('VIRTUAL_SERVER', 'Bench VPS') on conflict do nothing;
insert into catalog_plan (product_id, name) select id, 'Bench S' from catalog_product where name = 'Bench VPS'
  and not exists (select 1 from catalog_plan where name = 'Bench S');
select id as plan from catalog_plan where name = 'Bench S' \gset

insert into account_account (customer_number, contact_name, street, postal_code, city, country, email, unsubscribe_token, created_at)
select nextval('account_customer_number_seq'), 'Renewal bench ' || :'prefix' || ' ' || g, 'Teststraße ' || g, '10115', 'Berlin', 'DE',
       :'prefix' || '-' || g || '@bench.test', md5(:'prefix' || g), now()
from generate_series(1, :services / 10) g;

insert into subscription_service (account_id, plan_id, product_name, plan_name, product_kind, period_months, price, currency,
    status, activated_on, months_covered, period_start, period_end, auto_renew, created_at)
select a.id, :plan, 'Bench VPS', 'Bench S', 'VIRTUAL_SERVER', 1, 10.00, 'EUR', 'ACTIVE',
       current_date - 28, 1, current_date - 28, (current_date - 28 + interval '1 month')::date - 1, true, now()
from account_account a cross join generate_series(1, 10) n
where a.email like :'prefix' || '-%@bench.test';

insert into billing_ledger_entry (account_id, kind, amount, currency, note, created_at, created_by)
select a.id, 'MANUAL_CREDIT', 119.00, 'EUR', 'bench', now(), 'bench'
from account_account a
where a.email like :'prefix' || '-%@bench.test' and a.id % 2 = 0;
commit;
analyze;
select count(*) as due_services from subscription_service s join account_account a on a.id = s.account_id
where s.status = 'ACTIVE' and a.email like :'prefix' || '-%@bench.test';
