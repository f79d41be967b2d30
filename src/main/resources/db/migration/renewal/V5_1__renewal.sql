-- The provider's renewal and dunning settings: one row.
create table renewal_settings (
    id               int primary key check (id = 1),
    lead_days        int  not null check (lead_days between 0 and 90),
    -- Days relative to the due day on which a reminder is mailed, e.g. "-3,0,7".
    reminder_days    varchar(100) not null,
    grace_days       int  not null check (grace_days between 0 and 365),
    termination_days int  not null check (termination_days between 0 and 730)
);
insert into renewal_settings values (1, 14, '-3,0,7', 7, 30);

-- One billing run: started by the schedule or by staff, with its figures, updated per batch.
create table renewal_run (
    id              bigserial primary key,
    trigger         varchar(200) not null,
    started_at      timestamptz  not null,
    finished_at     timestamptz,
    -- Updated with every batch: a run whose process died stops updating it.
    heartbeat_at    timestamptz  not null,
    status          varchar(20)  not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'FAILED')),
    total           int          not null default 0,
    examined        int          not null default 0,
    requests        int          not null default 0,
    paid_from_balance int        not null default 0,
    failures        int          not null default 0,
    reminders       int          not null default 0,
    suspended       int          not null default 0,
    terminated      int          not null default 0,
    error           text
);

-- A service the run could not renew, and why. The service stays due: the next run tries again.
create table renewal_run_failure (
    id         bigserial primary key,
    run_id     bigint       not null references renewal_run (id),
    service_id bigint       not null,
    account_id bigint       not null,
    reason     text         not null,
    created_at timestamptz  not null
);
create index renewal_run_failure_run on renewal_run_failure (run_id, id);

-- Every dunning step taken for a renewal request, once: a reminder (REMINDER_<days>), the
-- suspension, the reactivation and the termination. The key makes a rerun skip what was done.
create table renewal_notice (
    document_id bigint      not null,
    kind        varchar(30) not null,
    account_id  bigint      not null,
    service_id  bigint      not null,
    created_at  timestamptz not null,
    primary key (document_id, kind)
);
create index renewal_notice_account on renewal_notice (account_id);

-- db-scheduler's table (its PostgreSQL schema), under this module's prefix.
create table renewal_scheduled_tasks (
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
create index renewal_scheduled_tasks_execution_time on renewal_scheduled_tasks (execution_time);
create index renewal_scheduled_tasks_last_heartbeat on renewal_scheduled_tasks (last_heartbeat);
create index renewal_scheduled_tasks_priority on renewal_scheduled_tasks (priority desc, execution_time asc);
