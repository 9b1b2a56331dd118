-- Intent to deny (15 CFR 750.6) and the applicant's appeal (part 756): BIS's denial starts as a notice;
-- the applicant may respond within 20 days and appeal within 45; unless BIS withdraws it by day 45, or
-- an appeal is pending, the denial then becomes final.
alter table intake_application drop constraint intake_application_status;
alter table intake_application add constraint intake_application_status check (status in
    ('DRAFT', 'UNDER_REVIEW', 'AWAITING_APPLICANT', 'IN_REFERRAL', 'IN_RECONCILIATION', 'ESCALATED',
     'INTENT_TO_DENY', 'CLOSED'));

create table decision_intent_to_deny (
    id               uuid primary key,
    application_id   uuid         not null,
    basis            text         not null,
    reasons          text         not null,
    reconsideration  text         not null,
    contact          text         not null,
    issued_by        varchar(200) not null,
    issued_by_agency varchar(200),
    issued_at        timestamptz  not null
);

create index decision_intent_to_deny_by_case on decision_intent_to_deny (application_id, issued_at);

create table decision_intent_response (
    intent_id    uuid primary key references decision_intent_to_deny (id),
    response     text         not null,
    responded_by varchar(200) not null,
    responded_at timestamptz  not null
);

create table decision_intent_withdrawal (
    intent_id       uuid primary key references decision_intent_to_deny (id),
    rationale       text         not null,
    withdrawn_by    varchar(200) not null,
    withdrawn_at    timestamptz  not null
);

create table decision_denial_appeal (
    id                 uuid primary key,
    intent_id          uuid         not null unique references decision_intent_to_deny (id),
    application_id     uuid         not null,
    statement          text         not null,
    hearing_requested  boolean      not null,
    filed_by           varchar(200) not null,
    filed_at           timestamptz  not null
);

-- The Under Secretary's decision on the appeal, recorded by an administrator.
create table decision_denial_appeal_decision (
    appeal_id       uuid primary key references decision_denial_appeal (id),
    outcome         varchar(10)  not null,
    rationale       text         not null,
    hearing_held_on date,
    decided_by      varchar(200) not null,
    decided_at      timestamptz  not null,
    constraint decision_denial_appeal_outcome check (outcome in ('UPHELD', 'GRANTED'))
);

create function decision_intent_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'intent-to-deny records are append-only (% refused)', tg_op;
end;
$$;

create trigger decision_intent_to_deny_append_only before update or delete on decision_intent_to_deny
    for each row execute function decision_intent_is_append_only();
create trigger decision_intent_response_append_only before update or delete on decision_intent_response
    for each row execute function decision_intent_is_append_only();
create trigger decision_intent_withdrawal_append_only before update or delete on decision_intent_withdrawal
    for each row execute function decision_intent_is_append_only();
create trigger decision_denial_appeal_append_only before update or delete on decision_denial_appeal
    for each row execute function decision_intent_is_append_only();
create trigger decision_denial_appeal_decision_append_only before update or delete on decision_denial_appeal_decision
    for each row execute function decision_intent_is_append_only();
