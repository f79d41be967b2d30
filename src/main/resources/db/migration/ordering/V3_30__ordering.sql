create table ordering_order (
    id                bigserial primary key,
    account_id        bigint        not null,
    currency          char(3)       not null,
    gross             numeric(19,4) not null,
    payment_method    varchar(20)   not null check (payment_method in ('BANK_TRANSFER', 'BALANCE')),
    document_id       bigint,
    document_number   varchar(40),
    status            varchar(20)   not null default 'PENDING_PAYMENT' check (status in ('PENDING_PAYMENT', 'PAID')),
    ordered_by        bigint,
    terms_accepted_at timestamptz   not null,
    created_at        timestamptz   not null,
    paid_at           timestamptz
);
create index ordering_order_account on ordering_order (account_id, id desc);

create table ordering_order_item (
    id            bigserial primary key,
    order_id      bigint        not null references ordering_order (id),
    position      int           not null,
    plan_id       bigint        not null,
    product_name  varchar(200)  not null,
    plan_name     varchar(200)  not null,
    period_months int           not null,
    price         numeric(19,4) not null,
    setup_fee     numeric(19,4) not null,
    currency      char(3)       not null,
    service_id    bigint        not null,
    unique (order_id, position)
);

-- API checkouts by Idempotency-Key: the key is committed with the order it created, together with
-- the answer given, so a repeated request gets the same answer and never a second order.
create table ordering_idempotency_key (
    account_id      bigint       not null,
    idempotency_key varchar(255) not null,
    request_hash    char(64)     not null,
    response_status int          not null,
    response_body   text         not null,
    order_id        bigint,
    created_at      timestamptz  not null,
    primary key (account_id, idempotency_key)
);
