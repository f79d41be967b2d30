-- Replies by email. Each ticket has a secret that the reply address of its mails carries
-- (support+<token>@example.com): a mail naming a ticket number without that ticket's token is
-- never added to the ticket.
alter table support_ticket add column reply_token varchar(64);
update support_ticket set reply_token = replace(gen_random_uuid()::text, '-', '') where reply_token is null;
alter table support_ticket alter column reply_token set not null;
create unique index support_ticket_reply_token on support_ticket (reply_token);

-- Replies that came by email are marked as such in the thread.
alter table support_message add column by_mail boolean not null default false;

-- Every mail read from the support mailbox, once: the Message-ID (or a hash of the whole mail when it
-- has none) is unique, so a mail delivered twice or read again after a crash is added only once.
-- ADDED and IGNORED mails keep only what identifies them; HELD ones keep the original for staff, who
-- assign it to a ticket (ASSIGNED) or discard it (DISCARDED).
create table support_mail_in (
    id               bigserial primary key,
    message_key      varchar(1000) not null unique,
    sender           varchar(320),
    subject          varchar(300),
    size             int           not null,
    status           varchar(10)   not null check (status in ('ADDED', 'IGNORED', 'HELD', 'ASSIGNED', 'DISCARDED')),
    reason           varchar(40),
    detail           varchar(500),
    ticket_id        bigint references support_ticket (id),
    added_message_id bigint references support_message (id),
    body             text,
    original         bytea,
    left_in_mailbox  boolean       not null default false,
    received_at      timestamptz   not null,
    decided_by       varchar(200),
    decided_at       timestamptz
);
create index support_mail_in_held on support_mail_in (received_at) where status = 'HELD';

-- db-scheduler's table (its PostgreSQL schema) for the mailbox poll, under this module's prefix.
create table support_scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index support_scheduled_tasks_execution_time on support_scheduled_tasks (execution_time);
create index support_scheduled_tasks_last_heartbeat on support_scheduled_tasks (last_heartbeat);
create index support_scheduled_tasks_priority on support_scheduled_tasks (priority desc, execution_time asc);
