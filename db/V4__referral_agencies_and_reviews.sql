-- The agencies that review license applications (EO 12981; 15 CFR 750.3) and their components.
-- Reference data: adding an agency is a new row, not a code change.
create table referral_agency (
    code              varchar(30) primary key,
    name              varchar(200) not null,
    parent_code       varchar(30) references referral_agency (code),
    receives_referrals boolean     not null default false,
    gives_assessments boolean      not null default false
);

insert into referral_agency (code, name, parent_code, receives_referrals, gives_assessments) values
    ('BIS',         'Bureau of Industry and Security (Commerce)',            null,  false, false),
    ('DOD',         'Department of Defense (Defense Technology Security Administration)', null, true, false),
    ('STATE',       'Department of State',                                   null,  true,  false),
    ('ENERGY',      'Department of Energy',                                  null,  true,  false),
    ('JUSTICE',     'Department of Justice',                                 null,  true,  false),
    ('ARMY',        'Department of the Army',                                'DOD', false, true),
    ('NAVY',        'Department of the Navy',                                'DOD', false, true),
    ('AIR_FORCE',   'Department of the Air Force',                           'DOD', false, true),
    ('JOINT_STAFF', 'Joint Staff',                                           'DOD', false, true),
    ('POLICY',      'Office of the Under Secretary of Defense for Policy',   'DOD', false, true),
    ('TECHNOLOGY',  'DTSA Technology Directorate (in-house technologists)',  'DOD', false, true);

-- Each BIS review of a case: the action taken, BIS's analysis and proposed outcome.
create table referral_bis_review (
    id               uuid primary key,
    application_id   uuid         not null,
    action           varchar(30)  not null,
    proposed_outcome varchar(40),
    analysis         text,
    question         text,
    deficiencies     text,
    reviewed_by      varchar(200) not null,
    reviewer_agency  varchar(200),
    reviewed_at      timestamptz  not null,
    constraint referral_bis_review_action check (action in
        ('REFER', 'REQUEST_INFORMATION', 'RETURN_WITHOUT_ACTION', 'LICENSE_NOT_REQUIRED', 'DECIDE'))
);

create index referral_bis_review_by_application on referral_bis_review (application_id, reviewed_at);

-- One referral per agency and review.
create table referral_referral (
    id             uuid primary key,
    application_id uuid        not null,
    review_id      uuid        not null references referral_bis_review (id),
    agency         varchar(30) not null references referral_agency (code),
    referred_at    timestamptz not null,
    constraint referral_once_per_review unique (review_id, agency)
);

create index referral_referral_by_application on referral_referral (application_id);
create index referral_referral_by_agency on referral_referral (agency, referred_at desc);
