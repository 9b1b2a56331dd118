-- Applications as the applicant drafts and submits them (form BIS-748P and its appendices).
create sequence intake_control_number_seq start with 1 no cycle;

create table intake_application (
    id                      uuid primary key,
    organization            varchar(200) not null,
    created_by              varchar(200) not null,
    status                  varchar(30)  not null,
    outcome                 varchar(40),
    control_number          varchar(7) unique,
    transaction_fingerprint varchar(64),
    form                    jsonb        not null,
    destination_country     varchar(2),
    eccns                   text[]       not null default '{}',
    countries               text[]       not null default '{}',
    search_text             text         not null default '',
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    registered_at           timestamptz,
    version                 bigint       not null,
    constraint intake_application_status check (status in
        ('DRAFT', 'UNDER_REVIEW', 'AWAITING_APPLICANT', 'IN_REFERRAL', 'IN_RECONCILIATION', 'ESCALATED', 'CLOSED')),
    constraint intake_application_outcome check (outcome is null or outcome in
        ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'DENIED', 'RETURNED_WITHOUT_ACTION', 'LICENSE_NOT_REQUIRED')),
    constraint intake_application_control_number check (control_number ~ '^[A-Z][0-9]{6}$'),
    constraint intake_application_closed_has_outcome check ((status = 'CLOSED') = (outcome is not null))
);

-- A second pending application for the same transaction is not allowed (BIS-748P instructions).
create unique index intake_application_one_pending_per_transaction
    on intake_application (transaction_fingerprint)
    where status not in ('DRAFT', 'CLOSED');

create index intake_application_by_organization on intake_application (organization, created_at desc);
create index intake_application_by_status on intake_application (status, registered_at desc);
create index intake_application_by_eccn on intake_application using gin (eccns);
create index intake_application_by_country on intake_application using gin (countries);

-- Questions BIS asks the applicant, and the applicant's answers (each written once).
create table intake_information_request (
    id              uuid primary key,
    application_id  uuid         not null references intake_application (id),
    question        text         not null,
    asked_by        varchar(200) not null,
    asked_by_agency varchar(200),
    asked_at        timestamptz  not null
);

create index intake_information_request_by_application on intake_information_request (application_id, asked_at);

create table intake_information_response (
    request_id  uuid primary key references intake_information_request (id),
    answer      text         not null,
    answered_by varchar(200) not null,
    answered_at timestamptz  not null
);
