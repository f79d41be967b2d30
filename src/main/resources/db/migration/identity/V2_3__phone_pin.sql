-- The phone PIN a user gives support on the phone; only its hash is kept.
create table identity_phone_pin (
    user_id    bigint       primary key references identity_user (id) on delete cascade,
    hash       varchar(200) not null,
    changed_at timestamptz  not null
);
