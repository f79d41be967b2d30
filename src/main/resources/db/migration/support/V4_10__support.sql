-- Departments a ticket is filed under; staff can add more.
create table support_department (
    id         bigserial primary key,
    name       varchar(100) not null check (length(trim(name)) > 0),
    created_at timestamptz  not null default now()
);
create unique index support_department_name on support_department (lower(name));
insert into support_department (name) values ('Technical'), ('Financial');

-- Ticket numbers per year: "2026-000042".
create table support_ticket_counter (
    year       int    primary key,
    last_value bigint not null
);

create table support_ticket (
    id             bigserial primary key,
    account_id     bigint       not null,
    number         varchar(20)  not null unique,
    department_id  bigint       not null references support_department (id),
    subject        varchar(200) not null check (length(trim(subject)) > 0),
    importance     varchar(10)  not null check (importance in ('REGULAR', 'HIGH')),
    service_id     bigint,
    status         varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    assigned_staff_id bigint,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index support_ticket_account on support_ticket (account_id, updated_at desc);
create index support_ticket_inbox on support_ticket (department_id, status, updated_at desc);

-- The thread. Internal notes are staff only and never shown to the customer or the API.
create table support_message (
    id          bigserial primary key,
    ticket_id   bigint       not null references support_ticket (id),
    author_kind varchar(10)  not null check (author_kind in ('CUSTOMER', 'STAFF')),
    author_name varchar(200) not null,
    internal    boolean      not null default false check (not internal or author_kind = 'STAFF'),
    body        text         not null check (length(trim(body)) > 0 and length(body) <= 20000),
    created_at  timestamptz  not null
);
create index support_message_ticket on support_message (ticket_id, id);

-- The last message each user has seen of a ticket; a newer staff reply is unread.
create table support_ticket_seen (
    ticket_id       bigint not null references support_ticket (id),
    user_id         bigint not null,
    last_message_id bigint not null,
    primary key (ticket_id, user_id)
);
