-- Lines, tax groups, payments and ledger entries reference their document, and an invoice the
-- payment request it was issued from, through statement-level checks (see V5_33) instead of foreign
-- keys. Documents are never deleted and their ids never change (V5_32), and these rows are never
-- updated (append-only triggers), so a check of each insert statement's rows guards all there is.
alter table billing_document_line drop constraint billing_document_line_document_id_fkey;
alter table billing_document_tax drop constraint billing_document_tax_document_id_fkey;
alter table billing_payment drop constraint billing_payment_document_id_fkey;
alter table billing_ledger_entry drop constraint billing_ledger_entry_document_id_fkey;
alter table billing_document drop constraint billing_document_source_document_id_fkey;

create trigger billing_document_line_document_exists after insert on billing_document_line
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('document_id', 'billing_document', 'id');
create trigger billing_document_tax_document_exists after insert on billing_document_tax
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('document_id', 'billing_document', 'id');
create trigger billing_payment_document_exists after insert on billing_payment
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('document_id', 'billing_document', 'id');
create trigger billing_ledger_entry_document_exists after insert on billing_ledger_entry
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('document_id', 'billing_document', 'id');
create trigger billing_document_source_exists after insert on billing_document
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('source_document_id', 'billing_document', 'id');
