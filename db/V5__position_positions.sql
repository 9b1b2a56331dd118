-- Agency positions on referrals, their conditions, and intra-agency assessments.
create table position_position (
    id                 uuid primary key,
    referral_id        uuid         not null,
    application_id     uuid         not null,
    agency             varchar(30)  not null,
    type               varchar(30)  not null,
    rationale          text         not null,
    statutory_basis    text,
    regulatory_basis   text,
    missing_information text,
    recorded_by        varchar(200) not null,
    recorded_by_agency varchar(200),
    recorded_at        timestamptz  not null,
    -- one position per referral: two reviewers at once give one winner
    constraint position_once_per_referral unique (referral_id),
    constraint position_type check (type in
        ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'RETURN_WITHOUT_ACTION', 'DENY', 'DEEMED_NO_OBJECTION')),
    constraint position_deny_cites_both_bases check
        (type <> 'DENY' or (statutory_basis is not null and regulatory_basis is not null))
);

create index position_position_by_application on position_position (application_id);

create table position_condition (
    id            uuid primary key,
    position_id   uuid         not null references position_position (id),
    sequence      int          not null,
    text          text         not null,
    author_agency varchar(30)  not null,
    constraint position_condition_order unique (position_id, sequence)
);

create table position_assessment (
    id             uuid primary key,
    referral_id    uuid         not null,
    application_id uuid         not null,
    component      varchar(30)  not null,
    instructions   text,
    requested_by   varchar(200) not null,
    requested_at   timestamptz  not null
);

create index position_assessment_by_referral on position_assessment (referral_id);

create table position_assessment_result (
    assessment_id      uuid primary key references position_assessment (id),
    recommendation     varchar(30)  not null,
    rationale          text         not null,
    conditions         text[]       not null default '{}',
    recorded_by        varchar(200) not null,
    recorded_by_agency varchar(200),
    recorded_at        timestamptz  not null,
    constraint position_assessment_recommendation check (recommendation in
        ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'RETURN_WITHOUT_ACTION', 'DENY'))
);
