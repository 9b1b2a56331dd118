-- When the deadlines of every case registered before they were stored had been recorded. Once it has, every
-- later case is recorded in the transaction that changes it, so start-up need not look again (issue 15's
-- start-up target at a million cases).
create table deadline_backfill (
    id           smallint    primary key check (id = 1),
    completed_at timestamptz not null
);
