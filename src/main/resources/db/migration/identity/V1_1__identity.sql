-- Users are people identified by an email address; staff users are a separate population.
create table identity_user (
    id                bigserial primary key,
    email             varchar(254) not null,
    password_hash     varchar(200) not null,
    name              varchar(200) not null,
    phone             varchar(40),
    language          varchar(5)   not null default 'en',
    email_verified_at timestamptz,
    disabled          boolean      not null default false,
    created_at        timestamptz  not null
);
create unique index identity_user_email_key on identity_user (lower(email));

-- Single-use links sent by mail (email verification, password reset). Only a hash is stored.
create table identity_link_token (
    id         bigserial primary key,
    user_id    bigint      not null references identity_user (id) on delete cascade,
    purpose    varchar(20) not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash char(64)    not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null
);
create index identity_link_token_user on identity_link_token (user_id, purpose);

-- Attempts counted per key (e.g. a client IP or a login name) to rate-limit sensitive actions
-- across all nodes.
create table identity_attempt (
    id         bigserial primary key,
    scope      varchar(30)  not null,
    subject    varchar(300) not null,
    at         timestamptz  not null
);
create index identity_attempt_lookup on identity_attempt (scope, subject, at);

create table identity_staff_user (
    id            bigserial primary key,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    name          varchar(200) not null,
    role          varchar(10)  not null check (role in ('ADMIN', 'SUPPORT', 'BILLING')),
    disabled      boolean      not null default false,
    created_at    timestamptz  not null
);
create unique index identity_staff_user_email_key on identity_staff_user (lower(email));
