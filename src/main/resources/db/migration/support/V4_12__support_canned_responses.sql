-- Prepared answers staff insert into a reply and adapt before sending.
create table support_canned_response (
    id         bigserial primary key,
    title      varchar(100)  not null check (length(trim(title)) > 0),
    body       varchar(10000) not null check (length(trim(body)) > 0),
    created_at timestamptz   not null
);
create unique index support_canned_response_title on support_canned_response (lower(title));
