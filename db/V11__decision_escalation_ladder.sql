-- The escalation ladder after a dispute (Executive Order 12981): the Operating Committee chair rules;
-- a dissenting agency may appeal to ACEP, then to EARB, then to the President. Every ruling, appeal
-- and vote is a record of its own; the final decision is taken from the last ruling.
alter table decision_decision drop constraint decision_authority;
alter table decision_decision add constraint decision_authority
    check (authority in ('LICENSING_ANALYST', 'OPERATING_COMMITTEE', 'ACEP', 'EARB', 'PRESIDENT'));

create table decision_ruling (
    id              uuid primary key,
    application_id  uuid         not null,
    level           varchar(30)  not null,
    outcome         varchar(40)  not null,
    rationale       text         not null,
    ruled_by        varchar(200) not null,
    ruled_by_agency varchar(200),
    ruled_at        timestamptz  not null,
    constraint decision_ruling_level check (level in ('OPERATING_COMMITTEE', 'ACEP', 'EARB', 'PRESIDENT')),
    constraint decision_ruling_outcome check (outcome in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'DENIED')),
    constraint decision_ruling_once_per_level unique (application_id, level)
);

create table decision_appeal (
    id               uuid primary key,
    application_id   uuid         not null,
    to_level         varchar(30)  not null,
    agency           varchar(30)  not null,
    signatory_name   varchar(200) not null,
    signatory_title  varchar(200) not null,
    senate_confirmed boolean      not null,
    statutory_basis  text         not null,
    regulatory_basis text         not null,
    statement        text         not null,
    filed_by         varchar(200) not null,
    filed_by_agency  varchar(200) not null,
    filed_at         timestamptz  not null,
    constraint decision_appeal_level check (to_level in ('ACEP', 'EARB', 'PRESIDENT')),
    constraint decision_appeal_once_per_level unique (application_id, to_level)
);

create table decision_board_vote (
    id              uuid primary key,
    appeal_id       uuid         not null references decision_appeal (id),
    member_agency   varchar(30)  not null,
    vote            varchar(40)  not null,
    rationale       text         not null,
    voted_by        varchar(200) not null,
    voted_at        timestamptz  not null,
    constraint decision_board_vote_choice check (vote in ('APPROVED', 'DENIED')),
    constraint decision_board_vote_once unique (appeal_id, member_agency)
);

create function decision_ladder_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'rulings, appeals and votes are append-only (% refused)', tg_op;
end;
$$;

create trigger decision_ruling_append_only before update or delete on decision_ruling
    for each row execute function decision_ladder_is_append_only();
create trigger decision_appeal_append_only before update or delete on decision_appeal
    for each row execute function decision_ladder_is_append_only();
create trigger decision_board_vote_append_only before update or delete on decision_board_vote
    for each row execute function decision_ladder_is_append_only();
