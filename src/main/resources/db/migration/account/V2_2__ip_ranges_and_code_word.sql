-- Where members may use an account from: CIDR ranges, empty for anywhere. The cidr type refuses
-- malformed values and bits set after the prefix, so only normalised ranges get in.
alter table account_account add column allowed_ip_ranges cidr[] not null default '{}'
    check (cardinality(allowed_ip_ranges) <= 100);

-- A change of the ranges is audited with the old and the new list: up to 2 x 100 ranges.
alter table account_audit alter column detail type varchar(10000);

-- The optional secret support staff ask a caller for; only its hash is kept.
create table account_code_word (
    account_id bigint       primary key references account_account (id) on delete cascade,
    hash       varchar(200) not null,
    changed_at timestamptz  not null
);
