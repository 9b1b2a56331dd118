-- Notes an agency keeps on a case for itself: visible only within that agency, never to applicants.
create table casefile_internal_note (
    id              uuid primary key,
    application_id  uuid         not null,
    agency          varchar(30)  not null,
    text            text         not null,
    written_by      varchar(200) not null,
    written_by_name varchar(200) not null,
    written_by_unit varchar(200) not null,
    written_at      timestamptz  not null
);

create index casefile_internal_note_by_case on casefile_internal_note (application_id, agency, written_at);

-- A note is a record: a correction is a new note, never an edit.
create function casefile_internal_note_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'internal notes are append-only (% refused)', tg_op;
end;
$$;

create trigger casefile_internal_note_append_only
    before update or delete on casefile_internal_note
    for each row execute function casefile_internal_note_is_append_only();
