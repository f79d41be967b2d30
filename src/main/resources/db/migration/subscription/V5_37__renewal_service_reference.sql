-- A renewal references its service through statement-level checks (see V5_33) instead of a foreign
-- key: the billing run inserts thousands per batch. Services keep their ids; deleting a service
-- that has renewals stays refused.
alter table subscription_renewal drop constraint subscription_renewal_service_id_fkey;

create trigger subscription_renewal_service_exists after insert on subscription_renewal
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('service_id', 'subscription_service', 'id');
create trigger subscription_renewal_service_stays after update on subscription_renewal
    referencing new table as new_rows
    for each statement execute function foyer_reference_check('service_id', 'subscription_service', 'id');
create trigger subscription_service_keeps_renewals after delete on subscription_service
    referencing old table as old_rows
    for each statement execute function foyer_referenced_check('subscription_renewal', 'service_id', 'id');
