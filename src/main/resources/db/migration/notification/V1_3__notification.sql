-- Every outgoing mail is written here first, in the transaction that caused it, and sent after
-- that transaction commits. Without SMTP the mail is only logged (status LOGGED).
create table notification_mail (
    id              bigserial primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    category        varchar(20)   not null,
    list_unsubscribe varchar(500),
    status          varchar(10)   not null check (status in ('PENDING', 'SENT', 'LOGGED', 'FAILED')),
    attempts        int           not null default 0,
    last_error      varchar(2000),
    next_attempt_at timestamptz   not null,
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index notification_mail_due on notification_mail (next_attempt_at) where status = 'PENDING';
create index notification_mail_recipient on notification_mail (lower(recipient), created_at desc);
