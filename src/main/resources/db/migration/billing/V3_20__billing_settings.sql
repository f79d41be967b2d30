-- The provider's seller data and billing settings: exactly one row, with defaults a fresh install works with.
create table billing_settings (
    id                      smallint     primary key default 1 check (id = 1),
    company_name            varchar(200) not null,
    street                  varchar(200) not null,
    postal_code             varchar(20)  not null,
    city                    varchar(100) not null,
    country                 char(2)      not null,
    vat_id                  varchar(20),
    email                   varchar(254) not null,
    phone                   varchar(50),
    bank_holder             varchar(200) not null,
    iban                    varchar(34)  not null,
    bic                     varchar(11),
    bank_name               varchar(200),
    logo_png                bytea,
    oss_registered          boolean      not null default false,
    invoice_at_once         boolean      not null default false,
    format_payment_request  varchar(60)  not null,
    format_invoice          varchar(60)  not null,
    format_credit_note      varchar(60)  not null,
    payment_terms_days      integer      not null check (payment_terms_days between 0 and 365),
    link_validity_days      integer      not null check (link_validity_days between 1 and 365),
    updated_at              timestamptz
);

insert into billing_settings (company_name, street, postal_code, city, country, vat_id, email, phone,
                              bank_holder, iban, bic, bank_name,
                              format_payment_request, format_invoice, format_credit_note,
                              payment_terms_days, link_validity_days)
values ('Foyer Hosting GmbH', 'Musterstraße 1', '10115', 'Berlin', 'DE', 'DE123456789', 'billing@foyer.test', '+49 30 1234567',
        'Foyer Hosting GmbH', 'DE89370400440532013000', 'COBADEFFXXX', 'Commerzbank',
        'ZA-{yyyy}-{000000}', 'RE-{yyyy}-{000000}', 'GS-{yyyy}-{000000}', 14, 30);

-- Gap-free number series: one row per series and year (year 0 when the format has no year). The
-- issuing transaction increments the row and keeps it locked until it commits, so a number is
-- either used by a committed document or handed out again.
create table billing_number_counter (
    series      varchar(20) not null check (series in ('PAYMENT_REQUEST', 'INVOICE', 'CREDIT_NOTE')),
    year        integer     not null,
    last_value  bigint      not null check (last_value > 0),
    primary key (series, year)
);
