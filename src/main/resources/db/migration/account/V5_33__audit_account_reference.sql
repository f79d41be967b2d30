-- An audit entry records what happened to an account; it never changes and accounts are never
-- deleted, so the foreign key guarded nothing that can happen, while its check (a lookup and a
-- row lock on the account per entry) was most of the cost of writing an entry: the billing run
-- writes three per renewal. Entries are written only by AuditTrail with the account it acted on.
alter table account_audit drop constraint account_audit_account_id_fkey;
