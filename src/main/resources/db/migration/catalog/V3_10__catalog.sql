-- The provider's catalog: products, their plans, each plan's configuration values and its prices
-- per billing period and currency. Amounts are net of VAT.

create table catalog_product (
    id          bigint generated always as identity primary key,
    kind        varchar(30)   not null
        check (kind in ('WEB_HOSTING', 'VIRTUAL_SERVER', 'DEDICATED_SERVER', 'ADD_ON')),
    name        varchar(100)  not null check (btrim(name) <> ''),
    description varchar(2000) not null default '',
    active      boolean       not null default true,
    sort_order  integer       not null default 0 check (sort_order between 0 and 9999)
);

create unique index catalog_product_name_unique on catalog_product (lower(name));

create table catalog_plan (
    id          bigint generated always as identity primary key,
    product_id  bigint        not null references catalog_product (id),
    name        varchar(100)  not null check (btrim(name) <> ''),
    description varchar(2000) not null default '',
    active      boolean       not null default true,
    sort_order  integer       not null default 0 check (sort_order between 0 and 9999)
);

create unique index catalog_plan_name_unique on catalog_plan (product_id, lower(name));

-- Ordered label/value pairs shown with the plan, e.g. CPU / 4 vCPU.
create table catalog_plan_value (
    plan_id  bigint       not null references catalog_plan (id) on delete cascade,
    position integer      not null check (position between 0 and 99),
    label    varchar(50)  not null check (btrim(label) <> ''),
    value    varchar(200) not null check (btrim(value) <> ''),
    primary key (plan_id, position)
);

create unique index catalog_plan_value_label_unique on catalog_plan_value (plan_id, lower(label));

-- What one billing period of a plan costs in one currency; a missing row means "not offered".
create table catalog_plan_price (
    plan_id       bigint        not null references catalog_plan (id) on delete cascade,
    period_months smallint      not null check (period_months in (1, 3, 6, 12, 24)),
    currency      char(3)       not null check (currency in ('EUR', 'USD', 'GBP', 'CHF')),
    price         numeric(19, 4) not null check (price >= 0 and price < 1000000000),
    setup_fee     numeric(19, 4) not null default 0 check (setup_fee >= 0 and setup_fee < 1000000000),
    primary key (plan_id, period_months, currency)
);
