-- Security events of a user that belong to no single account (logins, second factors, lockouts)
-- name the user they are about; the actor may be someone else (staff disabling the user).
alter table account_audit add column user_id bigint;
create index account_audit_user on account_audit (user_id, at desc) where user_id is not null;
