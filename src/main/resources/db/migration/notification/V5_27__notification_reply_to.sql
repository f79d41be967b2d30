-- Mails that expect an answer Foyer reads back (support replies) carry a reply address and
-- X-Foyer-* headers, one "Name: value" per line.
alter table notification_mail add column reply_to varchar(254);
alter table notification_mail add column headers varchar(2000);
