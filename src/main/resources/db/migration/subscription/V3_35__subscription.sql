-- A service is what a customer has bought: one per order item, with its billing period.
create table subscription_service (
    id                   bigserial primary key,
    account_id           bigint        not null,
    order_id             bigint,
    plan_id              bigint        not null,
    product_name         varchar(200)  not null,
    plan_name            varchar(200)  not null,
    product_kind         varchar(30)   not null,
    period_months        int           not null check (period_months in (1, 3, 6, 12, 24)),
    price                numeric(19,4) not null check (price >= 0),
    currency             char(3)       not null,
    status               varchar(20)   not null default 'PENDING'
                         check (status in ('PENDING', 'ACTIVE', 'SUSPENDED', 'CANCELLED', 'TERMINATED')),
    -- The first paid day; period ends are counted from it so that month ends do not drift.
    activated_on         date,
    months_covered       int           not null default 0,
    period_start         date,
    period_end           date,
    auto_renew           boolean       not null default true,
    cancel_at_period_end boolean       not null default false,
    ip_address           varchar(45),
    created_at           timestamptz   not null,
    ended_at             timestamptz
);
create index subscription_service_account on subscription_service (account_id, id);
create index subscription_service_order on subscription_service (order_id);
create index subscription_service_cancel_due on subscription_service (period_end) where cancel_at_period_end;

-- A payment request for one further period of a service. One per (service, period start): asking
-- to extend twice finds the first request instead of billing the same period again.
create table subscription_renewal (
    id           bigserial primary key,
    service_id   bigint      not null references subscription_service (id),
    account_id   bigint      not null,
    period_start date        not null,
    period_end   date        not null,
    months       int         not null,
    document_id  bigint      not null unique,
    created_at   timestamptz not null,
    paid_at      timestamptz,
    unique (service_id, period_start)
);
