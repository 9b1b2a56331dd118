-- The staff task queue: one row per open task of the license process, written by the workflow module in the
-- same transaction as the engine's task events (created, assigned, completed, deleted), with the facts a
-- queue shows, so that a page of tasks is one indexed read of this table and never a join across the
-- engine's tables.
create table workflow_queue_task (
    task_id             varchar(64)  primary key,
    process_instance_id varchar(64)  not null,
    application_id      uuid         not null,
    task_type           varchar(40)  not null,
    task_name           varchar(255) not null,
    -- the group the task is offered to (BIS, DOD, ARMY, OPERATING_COMMITTEE, BOARD/DOD, PRESIDENT, ...)
    candidate_group     varchar(100) not null,
    agency              varchar(100) not null,
    component           varchar(100),
    control_number      varchar(7)   not null default '',
    organization        varchar(200) not null default '',
    applicant_name      varchar(500),
    destination_country varchar(2),
    eccns               text[]       not null default '{}',
    total_value         numeric,
    -- the case's processing day on processing_day_on; it advances one a day unless the clock is held
    processing_day      integer,
    processing_day_on   date,
    on_hold             boolean      not null default false,
    due_at              timestamptz,
    assignee            varchar(200),
    claimed_at          timestamptz,
    created_at          timestamptz  not null,
    referral_id         uuid,
    assessment_id       uuid,
    -- rows written by this migration: the application completes their deadline facts when it starts
    facts_pending       boolean      not null default false,
    -- sort keys that are never null, so that a cursor compares them with a row comparison
    due_sort            timestamptz  generated always as (coalesce(due_at, 'infinity'::timestamptz)) stored,
    value_sort          numeric      generated always as (coalesce(total_value, -1)) stored,
    search_text         text         generated always as (lower(control_number::text || ' ' || organization || ' '
                                         || coalesce(applicant_name, ''))) stored,
    -- the ECCNs as words (' 3a001 5a002'), for a prefix search by trigram
    eccn_text           text         not null default ' '
);

-- each sort of the queue, for one group's tasks (staff) and for all of them (administrators)
create index workflow_queue_task_group_due on workflow_queue_task (candidate_group, due_sort, task_id);
create index workflow_queue_task_group_created on workflow_queue_task (candidate_group, created_at, task_id);
create index workflow_queue_task_group_control on workflow_queue_task (candidate_group, control_number, task_id);
create index workflow_queue_task_group_value on workflow_queue_task (candidate_group, value_sort, task_id);
create index workflow_queue_task_due on workflow_queue_task (due_sort, task_id);
create index workflow_queue_task_created on workflow_queue_task (created_at, task_id);
create index workflow_queue_task_control on workflow_queue_task (control_number, task_id);
create index workflow_queue_task_value on workflow_queue_task (value_sort, task_id);
-- filters: a person's tasks, a case's tasks, a type, a destination; words and ECCN prefixes by trigram
create index workflow_queue_task_assignee on workflow_queue_task (assignee, due_sort, task_id);
create index workflow_queue_task_case on workflow_queue_task (application_id);
create index workflow_queue_task_type on workflow_queue_task (task_type, due_sort, task_id);
create index workflow_queue_task_destination on workflow_queue_task (destination_country, due_sort, task_id);
create extension if not exists pg_trgm;
create index workflow_queue_task_words on workflow_queue_task using gin (search_text gin_trgm_ops);
create index workflow_queue_task_eccn_words on workflow_queue_task using gin (eccn_text gin_trgm_ops);

-- The tasks open at upgrade time. On a new database the engine's tables do not exist yet (the engine creates
-- them after the migrations), and there is nothing to copy.
do $$
begin
    if to_regclass('act_ru_task') is not null then
        execute $backfill$
            insert into workflow_queue_task (task_id, process_instance_id, application_id, task_type, task_name,
                candidate_group, agency, control_number, organization, applicant_name, destination_country, eccns,
                total_value, eccn_text, assignee, claimed_at, created_at, facts_pending)
            select t.id_, t.proc_inst_id_, a.id,
                   case t.task_def_key_
                       when 'Task_BisReview' then 'BIS_REVIEW'
                       when 'Task_AgencyReview' then 'AGENCY_REVIEW'
                       when 'Task_ComponentAssessment' then 'COMPONENT_ASSESSMENT'
                       when 'Task_Decide' then 'DECISION'
                       when 'Task_DecideBlocked' then 'DECISION'
                       when 'Task_OperatingCommitteeDecision' then 'OC_DECISION'
                       when 'Task_BoardVote' then 'BOARD_VOTE'
                       when 'Task_PresidentialDecision' then 'PRESIDENTIAL_DECISION'
                       when 'Task_DecideDenialAppeal' then 'DENIAL_APPEAL'
                       when 'Task_ReturnForNoAnswer' then 'RETURN_FOR_NO_ANSWER'
                       when 'Task_NoticeLadderDenial' then 'LADDER_DENIAL_NOTICE'
                       else t.task_def_key_ end,
                   coalesce(t.name_, ''), g.group_id_, g.group_id_, coalesce(a.control_number, ''), a.organization,
                   a.form -> 'applicant' ->> 'name', trim(a.destination_country), a.eccns,
                   (a.form ->> 'totalValue')::numeric, ' ' || lower(array_to_string(a.eccns, ' ')), t.assignee_,
                   case when t.assignee_ is not null then
                       (select max(h.timestamp_) from act_hi_identitylink h
                        where h.task_id_ = t.id_ and h.type_ = 'assignee' and h.operation_type_ = 'add')
                   end,
                   t.create_time_, true
            from act_ru_task t
            join act_re_procdef d on d.id_ = t.proc_def_id_ and d.key_ = 'licenseApplication'
            join act_ru_execution p on p.id_ = t.proc_inst_id_
            join intake_application a on a.id::text = p.business_key_
            join lateral (select min(l.group_id_) as group_id_ from act_ru_identitylink l
                          where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null) g
                 on g.group_id_ is not null
            on conflict (task_id) do nothing
        $backfill$;
    end if;
end
$$;
