-- Payment requests (proforma), invoices and credit notes with seller and recipient as at issue.
create table billing_document (
    id                     bigserial     primary key,
    account_id             bigint        not null,
    kind                   varchar(20)   not null check (kind in ('PAYMENT_REQUEST', 'INVOICE', 'CREDIT_NOTE')),
    number                 varchar(60)   not null,
    issue_date             date          not null,
    due_date               date          not null,
    currency               char(3)       not null,
    language               varchar(5)    not null,
    customer_number        bigint        not null,
    seller_name            varchar(200)  not null,
    seller_street          varchar(200)  not null,
    seller_postal_code     varchar(20)   not null,
    seller_city            varchar(100)  not null,
    seller_country         char(2)       not null,
    seller_vat_id          varchar(20),
    seller_email           varchar(254)  not null,
    seller_phone           varchar(50),
    bank_holder            varchar(200)  not null,
    bank_iban              varchar(34)   not null,
    bank_bic               varchar(11),
    bank_name              varchar(200),
    recipient_name         varchar(200)  not null,
    recipient_contact_name varchar(200),
    recipient_street       varchar(200),
    recipient_postal_code  varchar(20),
    recipient_city         varchar(100),
    recipient_country      char(2)       not null,
    recipient_vat_id       varchar(20),
    recipient_email        varchar(254),
    recipient_business     boolean       not null,
    tax_treatment          varchar(20)   not null,
    tax_rate_country       char(2),
    tax_rate               numeric(7, 4) not null,
    legal_note_key         varchar(100),
    total_net              numeric(19, 4) not null,
    total_tax              numeric(19, 4) not null,
    total_gross            numeric(19, 4) not null check (total_gross >= 0),
    payment_terms_days     integer       not null,
    origin_kind            varchar(10)   not null check (origin_kind in ('ORDER', 'RENEWAL', 'MANUAL')),
    origin_reference       bigint        not null,
    -- the payment request an invoice was issued from
    source_document_id     bigint references billing_document (id),
    -- the invoice a credit note corrects
    corrects_document_id   bigint references billing_document (id),
    created_at             timestamptz   not null,
    created_by             varchar(254),
    -- the only columns that change after issue
    paid_at                timestamptz,
    deleted_at             timestamptz,
    unique (kind, number),
    check (deleted_at is null or kind = 'PAYMENT_REQUEST'),
    check ((kind = 'CREDIT_NOTE') = (corrects_document_id is not null))
);
create index billing_document_account_idx on billing_document (account_id, id desc);
create index billing_document_origin_idx on billing_document (account_id, origin_kind, origin_reference);
create unique index billing_document_one_credit_note on billing_document (corrects_document_id)
    where corrects_document_id is not null;
create unique index billing_document_one_invoice_per_request on billing_document (source_document_id)
    where source_document_id is not null;

create table billing_document_line (
    document_id  bigint         not null references billing_document (id),
    position     integer        not null,
    description  varchar(500)   not null,
    quantity     numeric(19, 4) not null check (quantity > 0),
    unit_price   numeric(19, 4) not null check (unit_price >= 0),
    net          numeric(19, 4) not null,
    tax_category varchar(2)     not null,
    tax_rate     numeric(7, 4)  not null,
    period_from  date,
    period_to    date,
    service_id   bigint,
    primary key (document_id, position)
);

create table billing_document_tax (
    document_id  bigint         not null references billing_document (id),
    tax_category varchar(2)     not null,
    tax_rate     numeric(7, 4)  not null,
    taxable      numeric(19, 4) not null,
    tax          numeric(19, 4) not null,
    primary key (document_id, tax_category, tax_rate)
);

-- Issued invoices and credit notes never change (only paid_at is set once) and are never deleted;
-- payment requests are deleted softly, so their numbers are never reused.
create function billing_document_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'billing documents are never deleted (document %)', old.id using errcode = 'P0001';
    end if;
    if old.kind in ('INVOICE', 'CREDIT_NOTE') then
        if (to_jsonb(new) - 'paid_at') is distinct from (to_jsonb(old) - 'paid_at')
           or (old.paid_at is not null and new.paid_at is distinct from old.paid_at) then
            raise exception 'issued % % is immutable', old.kind, old.number using errcode = 'P0001';
        end if;
    elsif (to_jsonb(new) - 'paid_at' - 'deleted_at') is distinct from (to_jsonb(old) - 'paid_at' - 'deleted_at') then
        raise exception 'payment request % is immutable except its state', old.number using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger billing_document_immutable before update or delete on billing_document
    for each row execute function billing_document_immutable();

create function billing_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'P0001';
end $$;

create trigger billing_document_line_append_only before update or delete on billing_document_line
    for each row execute function billing_append_only();
create trigger billing_document_tax_append_only before update or delete on billing_document_tax
    for each row execute function billing_append_only();
