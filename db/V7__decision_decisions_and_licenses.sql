-- Final decisions, the conditions they carry, and licenses.
create table decision_decision (
    id                uuid primary key,
    application_id    uuid         not null,
    outcome           varchar(40)  not null,
    rationale         text         not null,
    authority         varchar(30)  not null,
    decided_by        varchar(200) not null,
    decided_by_agency varchar(200),
    decided_at        timestamptz  not null,
    constraint decision_once_per_application unique (application_id),
    constraint decision_outcome check (outcome in
        ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'DENIED', 'RETURNED_WITHOUT_ACTION', 'LICENSE_NOT_REQUIRED')),
    constraint decision_authority check (authority in ('LICENSING_ANALYST', 'OPERATING_COMMITTEE'))
);

create table decision_condition (
    id                 uuid primary key,
    decision_id        uuid        not null references decision_decision (id),
    sequence           int         not null,
    text               text        not null,
    author_agency      varchar(30) not null,
    source_position_id uuid,
    constraint decision_condition_order unique (decision_id, sequence)
);

create sequence decision_license_number_seq start with 1 no cycle;

create table decision_license (
    id             uuid primary key,
    decision_id    uuid        not null unique references decision_decision (id),
    application_id uuid        not null unique,
    license_number varchar(7)  not null unique,
    issued_at      timestamptz not null,
    valid_from     date        not null,
    valid_until    date        not null,
    constraint decision_license_number check (license_number ~ '^D[0-9]{6}$')
);

create table decision_license_item (
    license_id  uuid          not null references decision_license (id),
    sequence    int           not null,
    eccn        varchar(40)   not null,
    model       varchar(200),
    description text          not null,
    quantity    numeric(18,3) not null,
    units       varchar(40)   not null,
    unit_price  numeric(18,2) not null,
    total_price numeric(18,2) not null,
    primary key (license_id, sequence)
);
