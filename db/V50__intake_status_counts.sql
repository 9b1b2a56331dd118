-- The administrator's dashboard counts cases by status (issue 15): a count(*) over a million cases took 0.3 s.
-- Instead the database keeps the counts as it changes a case's status: each statement that inserts, updates or
-- deletes cases adds one row per status it changed, with the change (+n or -n), and a scheduled compaction
-- (IntakeStatusCounts) folds the rows into one per status. Adding rows, never updating one, means two
-- transactions that change statuses at once never wait on each other's count.
create table intake_status_count (
    status varchar(30) not null,
    cases  bigint      not null
);

create index intake_status_count_by_status on intake_status_count (status);

create function intake_status_count_changed() returns trigger
    language plpgsql
    as $$
    begin
        if tg_op = 'INSERT' then
            insert into intake_status_count (status, cases)
            select status, count(*) from new_cases group by status;
        elsif tg_op = 'DELETE' then
            insert into intake_status_count (status, cases)
            select status, -count(*) from old_cases group by status;
        else
            insert into intake_status_count (status, cases)
            select status, sum(change) from (
                select status, 1 as change from new_cases
                union all
                select status, -1 from old_cases) changes
            group by status
            having sum(change) <> 0;
        end if;
        return null;
    end
    $$;

create trigger intake_status_count_on_insert after insert on intake_application
    referencing new table as new_cases for each statement execute function intake_status_count_changed();
create trigger intake_status_count_on_update after update on intake_application
    referencing old table as old_cases new table as new_cases
    for each statement execute function intake_status_count_changed();
create trigger intake_status_count_on_delete after delete on intake_application
    referencing old table as old_cases for each statement execute function intake_status_count_changed();

insert into intake_status_count (status, cases)
select status, count(*) from intake_application group by status;
