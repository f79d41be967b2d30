-- Files sent with a message, kept in the database (so backups and every node have them). The content
-- type is Foyer's own, from the allowed file name extension, never the one the browser sent.
create table support_attachment (
    id           bigserial primary key,
    ticket_id    bigint       not null references support_ticket (id),
    message_id   bigint       not null references support_message (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size         int          not null check (size > 0),
    content      bytea        not null,
    created_at   timestamptz  not null
);
create index support_attachment_message on support_attachment (message_id);
create index support_attachment_ticket on support_attachment (ticket_id);
