-- Party screening against the Consolidated Screening List (trade.gov): each import of the list, its
-- entries, the hits found on a case's parties, and the analyst's adjudication of each hit.

create table screening_list_import (
    id                   uuid primary key,
    file_name            varchar(300) not null,
    format               varchar(4)   not null,
    sha256               varchar(64)  not null,
    entry_count          integer      not null,
    entries_by_source    jsonb        not null,
    imported_at          timestamptz  not null,
    imported_by          varchar(200) not null,
    rescreen_started_at  timestamptz,
    rescreen_finished_at timestamptz,
    cases_to_rescreen    integer,
    cases_rescreened     integer      not null default 0,
    constraint screening_list_import_format check (format in ('CSV', 'JSON'))
);

-- Entries of superseded imports are deleted once a newer import is complete; hits keep what they matched.
create table screening_list_entry (
    import_id               uuid         not null references screening_list_import (id),
    entry_key               varchar(200) not null,
    source                  varchar(200) not null,
    entity_number           varchar(100),
    type                    varchar(100),
    name                    text         not null,
    alt_names               text[]       not null,
    addresses               text[]       not null,
    countries               text[]       not null,
    programs                text[]       not null,
    license_requirement     text,
    license_policy          text,
    federal_register_notice text,
    source_list_url         text,
    remarks                 text,
    primary key (import_id, entry_key)
);

-- Every time a case's parties are screened: at registration, and after each list import.
create table screening_run (
    id             uuid primary key,
    application_id uuid         not null,
    import_id      uuid         not null references screening_list_import (id),
    cause          varchar(20)  not null,
    parties        integer      not null,
    hits           integer      not null,
    new_hits       integer      not null,
    screened_at    timestamptz  not null,
    constraint screening_run_cause check (cause in ('REGISTRATION', 'LIST_IMPORT'))
);

create index screening_run_by_case on screening_run (application_id, screened_at desc);

-- A party of a case that resembles a list entry. Found once; a later run that finds it again only moves
-- last_found_in, so its adjudication stays with it.
create table screening_hit (
    id                      uuid primary key,
    application_id          uuid          not null,
    party_role              varchar(60)   not null,
    party_name              text          not null,
    party_country           varchar(2),
    entry_key               varchar(200)  not null,
    source                  varchar(200)  not null,
    listed_name             text          not null,
    matched_name            text          not null,
    list_countries          text[]        not null,
    entity_list             boolean       not null,
    license_requirement     text,
    license_policy          text,
    federal_register_notice text,
    score                   numeric(4, 3) not null,
    reasons                 text[]        not null,
    first_found_at          timestamptz   not null,
    first_found_in          uuid          not null references screening_list_import (id),
    last_found_in           uuid          not null references screening_list_import (id),
    constraint screening_hit_once unique (application_id, party_role, party_name, entry_key)
);

create index screening_hit_by_case on screening_hit (application_id);

create table screening_adjudication (
    id                    uuid primary key,
    hit_id                uuid         not null unique references screening_hit (id),
    application_id        uuid         not null,
    outcome               varchar(20)  not null,
    reason                text         not null,
    adjudicated_by        varchar(200) not null,
    adjudicated_by_agency varchar(200),
    adjudicated_at        timestamptz  not null,
    constraint screening_adjudication_outcome check (outcome in ('TRUE_MATCH', 'FALSE_POSITIVE'))
);

create function screening_adjudication_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'screening adjudications are append-only (% refused)', tg_op;
end;
$$;

create trigger screening_adjudication_append_only before update or delete on screening_adjudication
    for each row execute function screening_adjudication_is_append_only();
