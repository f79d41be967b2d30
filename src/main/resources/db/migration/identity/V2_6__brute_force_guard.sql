-- Failed attempts at a guessable secret, per subject (login name, user, account) and per client IP.
-- One row per (secret, kind, key): counting is an upsert, so concurrent failures on several nodes
-- serialise on the row and none is lost.
create table identity_guard (
    secret       varchar(20)  not null,
    kind         varchar(7)   not null check (kind in ('SUBJECT', 'IP')),
    key          varchar(300) not null,
    failures     integer      not null,
    window_start timestamptz  not null,
    last_failure timestamptz  not null,
    lockouts     integer      not null default 0,
    locked_until timestamptz,
    primary key (secret, kind, key)
);
create index identity_guard_locked on identity_guard (locked_until) where locked_until is not null;
