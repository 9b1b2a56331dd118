-- A return without action is not agreement: it blocks the decision until BIS supplies what is
-- missing and the agency records a new position (DOMAIN.md, Reconciliation; seed 003: DoD's
-- "return for more information"). Positions are never edited: the new one names the one it replaces.
alter table position_position add column supersedes uuid references position_position (id);
alter table position_position drop constraint position_once_per_referral;

-- still one first position per referral: two reviewers at once give one winner
create unique index position_first_per_referral on position_position (referral_id) where supersedes is null;
-- and a position is superseded at most once: two new positions at once give one winner
create unique index position_superseded_once on position_position (supersedes) where supersedes is not null;

-- BIS's answer to an agency's return without action: what it supplies, for that agency to read.
create table position_information_supplied (
    id                 uuid primary key,
    position_id        uuid         not null references position_position (id),
    referral_id        uuid         not null,
    application_id     uuid         not null,
    agency             varchar(30)  not null,
    information        text         not null,
    supplied_by        varchar(200) not null,
    supplied_by_agency varchar(200),
    supplied_at        timestamptz  not null
);

create index position_information_supplied_by_application
    on position_information_supplied (application_id, supplied_at);

create function position_information_supplied_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'supplied information is append-only (% refused)', tg_op;
end;
$$;

create trigger position_information_supplied_append_only before update or delete on position_information_supplied
    for each row execute function position_information_supplied_is_append_only();

-- a return without action is its own verdict: blocked until the information is supplied
alter table reconciliation_result drop constraint reconciliation_result_verdict;
alter table reconciliation_result add constraint reconciliation_result_verdict
    check (verdict in ('AGREE', 'DISPUTE', 'BLOCKED'));
