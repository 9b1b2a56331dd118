-- The EAR reference data a case is classified against: the Commerce Country Chart (15 CFR 738
-- Supp. No. 1), the Country Groups (15 CFR 740 Supp. No. 1) and the Commerce Control List entries
-- the system knows (15 CFR 774 Supp. No. 1). Every import makes a new version, a complete snapshot
-- of all three datasets; older versions stay, so a case keeps the data it was classified against.
-- Version 1 is loaded by the Java migration V15 from the files in db/reference/ear/.

-- Kosovo is on the Country Chart but has no ISO 3166-1 code; US and EU agencies use the
-- user-assigned code XK.
insert into classification_country (code, name) values ('XK', 'Kosovo');

create table classification_reference_version (
    version   integer primary key,
    summary   text         not null,
    files     jsonb        not null,
    changes   jsonb        not null,
    loaded_at timestamptz  not null,
    loaded_by varchar(200) not null
);

create table classification_chart_row (
    version       integer      not null references classification_reference_version (version),
    country_name  varchar(200) not null,
    country_code  varchar(2)   not null references classification_country (code),
    marks         text[]       not null,
    notes         text[]       not null,
    row_type      varchar(10)  not null,
    referral_text text,
    primary key (version, country_code),
    constraint classification_chart_row_type check (row_type in ('chart', 'referral')),
    constraint classification_chart_row_referral check ((row_type = 'referral') = (referral_text is not null))
);

create table classification_group_row (
    version      integer      not null references classification_reference_version (version),
    country_name varchar(200) not null,
    country_code varchar(2)   not null references classification_country (code),
    groups       text[]       not null,
    notes        text,
    primary key (version, country_code)
);

create table classification_eccn (
    version             integer      not null references classification_reference_version (version),
    eccn                varchar(20)  not null,
    heading             text         not null,
    reasons_for_control text[]       not null,
    chart_columns       text[]       not null,
    controls            jsonb        not null,
    source              text         not null,
    as_of               date         not null,
    primary key (version, eccn)
);

-- The reference data version each case was classified against, fixed when the case is registered.
create table classification_case_version (
    application_id uuid primary key,
    version        integer     not null references classification_reference_version (version),
    recorded_at    timestamptz not null
);

create function classification_reference_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'reference data versions are append-only (% on % refused)', tg_op, tg_table_name;
end;
$$;

create trigger classification_reference_version_append_only before update or delete
    on classification_reference_version for each row execute function classification_reference_is_append_only();
create trigger classification_chart_row_append_only before update or delete
    on classification_chart_row for each row execute function classification_reference_is_append_only();
create trigger classification_group_row_append_only before update or delete
    on classification_group_row for each row execute function classification_reference_is_append_only();
create trigger classification_eccn_append_only before update or delete
    on classification_eccn for each row execute function classification_reference_is_append_only();
