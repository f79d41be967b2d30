-- The mail log is searched by a part of the recipient ("like '%…%'"), which no b-tree serves: the
-- index was never used, yet every queued mail and every change of a mail's state paid for it.
drop index notification_mail_recipient;
