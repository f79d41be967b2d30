-- Authenticator-app (TOTP) secrets of customer users and staff users: exactly one owner per row.
-- A row without confirmed_at is an enrolment not finished yet and is never asked for at login.
-- last_step is the newest 30-second time step a code was accepted for: only later steps are
-- accepted after it, so no code works twice, on whichever node it is typed.
create table identity_totp (
    id           bigserial primary key,
    user_id      bigint references identity_user (id) on delete cascade,
    staff_id     bigint references identity_staff_user (id) on delete cascade,
    secret       varchar(64) not null,
    confirmed_at timestamptz,
    last_step    bigint,
    created_at   timestamptz not null,
    check ((user_id is null) <> (staff_id is null))
);
create unique index identity_totp_user on identity_totp (user_id) where user_id is not null;
create unique index identity_totp_staff on identity_totp (staff_id) where staff_id is not null;

-- Single-use recovery codes, stored as the SHA-256 of the code (they are random, so a slow hash
-- adds nothing). Regenerating deletes the old ones.
create table identity_recovery_code (
    id         bigserial primary key,
    user_id    bigint references identity_user (id) on delete cascade,
    staff_id   bigint references identity_staff_user (id) on delete cascade,
    code_hash  char(64)    not null,
    used_at    timestamptz,
    created_at timestamptz not null,
    check ((user_id is null) <> (staff_id is null))
);
create index identity_recovery_code_user on identity_recovery_code (user_id) where user_id is not null;
create index identity_recovery_code_staff on identity_recovery_code (staff_id) where staff_id is not null;

-- Whether staff require two-factor authentication of staff and of customers. One row.
create table identity_two_factor_policy (
    id                 integer primary key check (id = 1),
    staff_required     boolean     not null,
    customers_required boolean     not null,
    updated_at         timestamptz,
    updated_by         bigint references identity_staff_user (id) on delete set null
);
insert into identity_two_factor_policy (id, staff_required, customers_required) values (1, false, false);

-- Passkeys (WebAuthn), in the tables and columns Spring Security's JdbcPublicKeyCredentialUserEntityRepository
-- and JdbcUserCredentialRepository use; their names are fixed there, hence no identity_ prefix.
-- user_entities.name is the customer user's email address as stored in identity_user.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(254)  not null,
    display_name varchar(200),
    primary key (id)
);
create unique index user_entities_name on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);
create index user_credentials_user on user_credentials (user_entity_user_id);
