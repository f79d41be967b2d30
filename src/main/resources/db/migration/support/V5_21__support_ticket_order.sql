-- The order a ticket is about (optional); checked to be one of the account's orders when the ticket is opened.
alter table support_ticket add column order_id bigint;
