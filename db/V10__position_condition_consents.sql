-- An agency's recorded consent to BIS dropping or rewording one of its conditions: without it, a
-- decision carries the agency's condition as the agency wrote it.
create table position_condition_consent (
    id                 uuid primary key,
    referral_id        uuid         not null,
    application_id     uuid         not null,
    agency             varchar(30)  not null,
    condition_sequence integer      not null,
    change             varchar(10)  not null,
    wording            text,
    rationale          text         not null,
    given_by           varchar(200) not null,
    given_by_agency    varchar(200) not null,
    given_at           timestamptz  not null,
    constraint position_condition_consent_change check (change in ('DROP', 'REWORD')),
    constraint position_condition_consent_wording check ((change = 'REWORD') = (wording is not null)),
    constraint position_condition_consent_once unique (referral_id, condition_sequence)
);

create index position_condition_consent_by_case on position_condition_consent (application_id);

create function position_condition_consent_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'condition consents are append-only (% refused)', tg_op;
end;
$$;

create trigger position_condition_consent_append_only before update or delete on position_condition_consent
    for each row execute function position_condition_consent_is_append_only();
