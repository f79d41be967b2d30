-- Each sign-in of a customer user, successful or not, for the user and for staff to review.
-- Failed attempts are recorded only for names that belong to a user; rows older than
-- foyer.login-history.retention are deleted.
create table identity_login (
    id         bigserial primary key,
    user_id    bigint       not null references identity_user (id) on delete cascade,
    at         timestamptz  not null,
    success    boolean      not null,
    -- why it failed (bad-credentials, locked, disabled, unverified, ...); null on success
    failure    varchar(30),
    -- the factor the attempt used: password, or whatever a later factor records itself with
    factor     varchar(20)  not null,
    ip         varchar(45),
    user_agent varchar(400)
);
create index identity_login_user on identity_login (user_id, at desc);
create index identity_login_at on identity_login (at);

-- The account module's part: members who signed in and then opened the account (once per session
-- and account), so the account shows the addresses it was used from.
create table account_sign_in (
    id         bigserial primary key,
    account_id bigint      not null references account_account (id) on delete cascade,
    user_id    bigint      not null references identity_user (id) on delete cascade,
    ip         varchar(45),
    at         timestamptz not null
);
create index account_sign_in_account on account_sign_in (account_id, at desc);
create index account_sign_in_at on account_sign_in (at);

-- An API token's last use: the time is written at most once a minute, together with the address.
alter table account_api_token add column last_used_ip varchar(45);
