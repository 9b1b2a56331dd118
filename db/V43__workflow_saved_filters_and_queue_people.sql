-- A person's saved task queue filters: a name and the query, seen only by the person who saved them.
create table workflow_saved_filter (
    id         uuid         primary key,
    owner      varchar(200) not null,
    name       varchar(100) not null,
    query      jsonb        not null,
    created_at timestamptz  not null,
    constraint workflow_saved_filter_name_once unique (owner, name)
);

-- The people who work the queue, as their last sign-in named them: whom an arbiter or supervisor may give a task
-- to (a person of the agency or component the task is offered to). Written when a person opens their queue.
create table workflow_queue_person (
    username     varchar(200) primary key,
    display_name varchar(200) not null,
    agency       varchar(100),
    component    varchar(100),
    task_groups  text[]       not null,
    seen_at      timestamptz  not null
);
