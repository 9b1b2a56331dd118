-- How long each finished task took, written by the workflow module when the engine completes or deletes the
-- task (in the same transaction), so that the dashboard's "median days per stage" reads the recent tasks of a
-- stage through one index instead of sorting the engine's whole task history (issue 15).
create table workflow_stage_duration (
    task_id        varchar(64)  primary key,
    application_id uuid,
    task_key       varchar(255) not null,
    task_name      varchar(255),
    finished_at    timestamptz  not null,
    duration_ms    bigint       not null
);

create index workflow_stage_duration_recent on workflow_stage_duration (task_key, finished_at desc);

-- An upgraded database: the finished tasks in the engine's history (absent on a new database, where Flyway
-- runs before the engine creates its tables).
do $$
begin
    if to_regclass('act_hi_taskinst') is not null then
        insert into workflow_stage_duration (task_id, application_id, task_key, task_name, finished_at, duration_ms)
        select t.id_, case when p.business_key_ ~ '^[0-9a-f-]{36}$' then p.business_key_::uuid end,
               t.task_def_key_, t.name_, t.end_time_, coalesce(t.duration_, 0)
        from act_hi_taskinst t
        left join act_hi_procinst p on p.id_ = t.proc_inst_id_
        where t.end_time_ is not null and t.task_def_key_ is not null and t.proc_def_key_ = 'licenseApplication'
        on conflict (task_id) do nothing;
    end if;
end $$;
