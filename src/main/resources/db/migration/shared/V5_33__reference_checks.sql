-- References checked once per statement instead of once per row.
--
-- A foreign key checks each inserted row on its own: a lookup of the referenced row and a lock on
-- it, which for the billing run's thousands of lines, tax groups, payments, ledger and audit
-- entries per batch cost more than writing the rows. Where the referenced rows are never deleted
-- and their keys never change, the lock has nothing to guard against, and the check can look at
-- all rows a statement inserted at once (its transition table) in one anti-join.
--
-- foyer_reference_check(column, referenced table, referenced column): an AFTER INSERT (or UPDATE)
-- FOR EACH STATEMENT trigger with REFERENCING NEW TABLE AS new_rows; fails like a foreign key
-- (SQLSTATE 23503) when a non-null value has no referenced row.
create function foyer_reference_check() returns trigger language plpgsql as $$
declare
    missing text;
begin
    execute format(
        'select n.%1$I::text from new_rows n where n.%1$I is not null'
            || ' and not exists (select 1 from %2$I r where r.%3$I = n.%1$I) limit 1',
        tg_argv[0], tg_argv[1], tg_argv[2])
        into missing;
    if missing is not null then
        raise exception 'insert or update on table "%" violates the reference to "%": % = % is not present',
            tg_table_name, tg_argv[1], tg_argv[0], missing
            using errcode = '23503';
    end if;
    return null;
end $$;

-- foyer_referenced_check(referencing table, its column, this table's column): an AFTER DELETE FOR
-- EACH STATEMENT trigger with REFERENCING OLD TABLE AS old_rows on the referenced table; refuses to
-- delete rows that are still referenced, as a foreign key without ON DELETE would.
create function foyer_referenced_check() returns trigger language plpgsql as $$
declare
    referenced text;
begin
    execute format(
        'select o.%3$I::text from old_rows o where exists (select 1 from %1$I c where c.%2$I = o.%3$I) limit 1',
        tg_argv[0], tg_argv[1], tg_argv[2])
        into referenced;
    if referenced is not null then
        raise exception 'delete on table "%" violates the reference from "%": % = % is still referenced',
            tg_table_name, tg_argv[0], tg_argv[2], referenced
            using errcode = '23503';
    end if;
    return null;
end $$;
