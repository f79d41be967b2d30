-- Payments received for a document (bank transfers recorded by staff, payments from the balance).
create table billing_payment (
    id           bigserial      primary key,
    account_id   bigint         not null,
    document_id  bigint         not null references billing_document (id),
    method       varchar(20)    not null check (method in ('BANK_TRANSFER', 'BALANCE')),
    amount       numeric(19, 4) not null check (amount > 0),
    currency     char(3)        not null,
    paid_on      date           not null,
    reference    varchar(140),
    recorded_at  timestamptz    not null,
    recorded_by  varchar(254)
);
create index billing_payment_document_idx on billing_payment (document_id);

create trigger billing_payment_append_only before update or delete on billing_payment
    for each row execute function billing_append_only();

-- The balance ledger: the balance of an account is the sum of its entries.
create table billing_ledger_entry (
    id           bigserial      primary key,
    account_id   bigint         not null,
    kind         varchar(30)    not null check (kind in ('OVERPAYMENT', 'REFUND', 'VOUCHER', 'MANUAL_CREDIT',
                                                         'AFFILIATE_COMMISSION', 'PAYOUT', 'PAYMENT_FROM_BALANCE')),
    amount       numeric(19, 4) not null check (amount <> 0),
    currency     char(3)        not null,
    document_id  bigint references billing_document (id),
    payout_id    bigint,
    note         varchar(500),
    created_at   timestamptz    not null,
    created_by   varchar(254)
);
create index billing_ledger_account_idx on billing_ledger_entry (account_id, id desc);

create trigger billing_ledger_append_only before update or delete on billing_ledger_entry
    for each row execute function billing_append_only();

create table billing_payout (
    id              bigserial      primary key,
    account_id      bigint         not null,
    amount          numeric(19, 4) not null check (amount > 0),
    currency        char(3)        not null,
    note            varchar(500),
    status          varchar(10)    not null check (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_at    timestamptz    not null,
    requested_by    varchar(254),
    decided_at      timestamptz,
    decided_by      varchar(254),
    refusal_reason  varchar(500)
);
create index billing_payout_account_idx on billing_payout (account_id, id desc);
create index billing_payout_open_idx on billing_payout (status) where status = 'REQUESTED';

-- Payment links: only the SHA-256 of the token is stored.
create table billing_payment_link (
    id           bigserial   primary key,
    account_id   bigint      not null,
    document_id  bigint      not null references billing_document (id),
    token_hash   char(64)    not null unique,
    expires_at   timestamptz not null,
    created_at   timestamptz not null
);
