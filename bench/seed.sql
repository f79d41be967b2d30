-- Seeds :accounts customer accounts, each with a confirmed owner (password: the demo password,
-- copied from demo@foyer.test), two contacts and a few audit entries. Idempotent per run: skips
-- when the bench users exist already.
\set ON_ERROR_STOP on
begin;
select count(*) = 0 as fresh from identity_user where email like 'bench-%@bench.test' \gset
\if :fresh
insert into identity_user (email, password_hash, name, language, email_verified_at, created_at)
select 'bench-' || g || '@bench.test', (select password_hash from identity_user where email = 'demo@foyer.test'),
       'Bench User ' || g, case when g % 3 = 0 then 'de' else 'en' end, now(), now()
from generate_series(1, :accounts) g;

insert into account_account (customer_number, contact_name, company, street, postal_code, city, country, email, unsubscribe_token, created_at)
select nextval('account_customer_number_seq'), 'Bench User ' || g, case when g % 2 = 0 then 'Bench ' || g || ' GmbH' end,
       'Teststraße ' || g, lpad((g % 99999)::text, 5, '0'), 'Berlin', 'DE', 'bench-' || g || '@bench.test', md5('bench' || g), now()
from generate_series(1, :accounts) g;

insert into account_member (account_id, user_id, owner, permissions, support_eligible, created_at)
select a.id, u.id, true, '{BILLING,SERVICES,DOMAINS,SUPPORT,USERS,SETTINGS}', true, now()
from account_account a join identity_user u on u.email = a.email
where a.email like 'bench-%@bench.test';

insert into account_contact (account_id, name, email, city, country, created_at)
select a.id, 'Contact ' || n || ' of ' || a.contact_name, 'contact' || n || '-' || a.email, 'Hamburg', 'DE', now()
from account_account a cross join generate_series(1, 2) n
where a.email like 'bench-%@bench.test';

insert into account_audit (account_id, actor_kind, actor_name, action, at)
select a.id, 'SYSTEM', 'system', 'account.created', now()
from account_account a where a.email like 'bench-%@bench.test';
\endif
commit;
analyze;
select count(*) as accounts from account_account;
