-- The dashboard's stage durations (issue 15) read the newest 2,000 finished tasks of each stage. With the
-- durations and names in the index, that is a read of the index alone, not 2,000 rows of the table a stage.
create index workflow_stage_duration_recent_covering on workflow_stage_duration (task_key, finished_at desc)
    include (duration_ms, task_name);
drop index workflow_stage_duration_recent;
