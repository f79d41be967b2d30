-- Audit entries name their account through a statement-level check (see V5_33) instead of a
-- foreign key: the billing run writes three entries per renewal, and the key's lookup and lock per
-- entry was most of the cost of writing one. Deleting an account that has entries stays refused.
alter table account_audit drop constraint account_audit_account_id_fkey;

create trigger account_audit_account_exists after insert on account_audit
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('account_id', 'account_account', 'id');

create trigger account_audit_keeps_account after delete on account_account
    referencing old table as old_rows
    for each statement execute function foyer_referenced_check('account_audit', 'account_id', 'id');
