-- Times a case is held without action (15 CFR 750.4(b)): the processing clock stops while a hold runs.
create table deadline_hold (
    id                 uuid primary key,
    application_id     uuid         not null,
    referral_id        uuid,
    reason             varchar(40)  not null,
    why                text         not null,
    stops_clock        boolean      not null,
    late               boolean      not null,
    started_at         timestamptz  not null,
    started_by         varchar(200) not null,
    started_by_agency  varchar(200),
    constraint deadline_hold_reason check (reason in ('APPLICANT_INFORMATION', 'CONDITIONS_ACCEPTANCE',
        'AGENCY_INFORMATION', 'PRE_LICENSE_CHECK', 'GOVERNMENT_ASSURANCE', 'FOREIGN_CONSULTATION',
        'CONGRESSIONAL_NOTIFICATION', 'TECHNOLOGY_CONTROL_PLAN'))
);

create index deadline_hold_by_case on deadline_hold (application_id, started_at);

-- The end of a hold is a record of its own: nothing is updated in place.
create table deadline_hold_release (
    hold_id           uuid primary key references deadline_hold (id),
    released_at       timestamptz  not null,
    released_by       varchar(200) not null,
    released_by_agency varchar(200),
    note              text
);

create function deadline_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'holds are append-only (% refused)', tg_op;
end;
$$;

create trigger deadline_hold_append_only before update or delete on deadline_hold
    for each row execute function deadline_is_append_only();
create trigger deadline_hold_release_append_only before update or delete on deadline_hold_release
    for each row execute function deadline_is_append_only();
