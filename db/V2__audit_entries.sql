-- The append-only record of every action on a case.
create table audit_entry (
    id             bigint generated always as identity primary key,
    application_id uuid         not null,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    actor_name     varchar(200) not null,
    actor_agency   varchar(200),
    action         varchar(60)  not null,
    state_before   jsonb,
    state_after    jsonb
);

create index audit_entry_by_application on audit_entry (application_id, id);

-- Nothing a regulator may ask about is edited or deleted in place.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only (% refused)', tg_op;
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
