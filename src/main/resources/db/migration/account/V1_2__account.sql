create sequence account_customer_number_seq start with 100001;

create table account_account (
    id                  bigserial primary key,
    customer_number     bigint       not null unique,
    profile_type        varchar(10)  not null default 'PRIVATE' check (profile_type in ('PRIVATE', 'BUSINESS')),
    contact_name        varchar(200) not null,
    company             varchar(200),
    street              varchar(200),
    postal_code         varchar(20),
    city                varchar(100),
    country             char(2),
    vat_id              varchar(20),
    email               varchar(254) not null,
    phone               varchar(40),
    invoice_contact_id  bigint,
    language            varchar(5)   not null default 'en',
    currency            char(3)      not null default 'EUR',
    auto_renew          boolean      not null default true,
    invoice_email       varchar(254),
    technical_email     varchar(254),
    newsletter_email    varchar(254),
    notify_invoices     boolean      not null default true,
    notify_technical    boolean      not null default true,
    notify_news         boolean      not null default true,
    newsletter_opt_in   boolean      not null default false,
    unsubscribe_token   varchar(64)  not null unique,
    created_at          timestamptz  not null
);

create table account_member (
    account_id       bigint      not null references account_account (id) on delete cascade,
    user_id          bigint      not null references identity_user (id),
    owner            boolean     not null default false,
    permissions      text[]      not null default '{}',
    support_eligible boolean     not null default false,
    created_at       timestamptz not null,
    primary key (account_id, user_id)
);
-- Exactly one owner per account: at most one here, at least one enforced by the code that moves it.
create unique index account_member_one_owner on account_member (account_id) where owner;
create index account_member_user on account_member (user_id);

create table account_contact (
    id          bigserial primary key,
    account_id  bigint       not null references account_account (id) on delete cascade,
    name        varchar(200) not null,
    company     varchar(200),
    street      varchar(200),
    postal_code varchar(20),
    city        varchar(100),
    country     char(2),
    email       varchar(254),
    phone       varchar(40),
    created_at  timestamptz  not null
);
create index account_contact_account on account_contact (account_id);

alter table account_account
    add constraint account_invoice_contact_fk foreign key (invoice_contact_id) references account_contact (id) on delete set null;

create table account_invitation (
    id               bigserial primary key,
    account_id       bigint       not null references account_account (id) on delete cascade,
    email            varchar(254) not null,
    permissions      text[]       not null default '{}',
    support_eligible boolean      not null default false,
    token_hash       char(64)     not null unique,
    invited_by       bigint       not null references identity_user (id),
    expires_at       timestamptz  not null,
    accepted_at      timestamptz,
    revoked_at       timestamptz,
    created_at       timestamptz  not null
);
create index account_invitation_account on account_invitation (account_id);

-- Personal access tokens: bound to one account and a subset of the member's permissions.
create table account_api_token (
    id           bigserial primary key,
    account_id   bigint       not null references account_account (id) on delete cascade,
    user_id      bigint       not null references identity_user (id) on delete cascade,
    name         varchar(100) not null,
    secret_hash  char(64)     not null unique,
    hint         varchar(20)  not null,
    permissions  text[]       not null default '{}',
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    created_at   timestamptz  not null
);
create index account_api_token_user on account_api_token (user_id, account_id);

-- Append-only record of changes to an account: who, what, when, from where.
create table account_audit (
    id         bigserial primary key,
    account_id bigint       references account_account (id),
    actor_kind varchar(10)  not null check (actor_kind in ('USER', 'STAFF', 'SYSTEM')),
    actor_id   bigint,
    actor_name varchar(254),
    action     varchar(60)  not null,
    detail     varchar(2000),
    ip         varchar(45),
    at         timestamptz  not null
);
create index account_audit_account on account_audit (account_id, at desc);

create function account_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'account_audit is append-only';
end $$;
create trigger account_audit_no_update before update or delete on account_audit
    for each statement execute function account_audit_append_only();
