-- Deadlines as stored facts (issue 15): the deadline module records each registered case's milestones and its
-- current deadlines when something happens to the case, so that reading them is one indexed query instead of
-- a recomputation from every module. Rows are rewritten for one case at a time by the deadline module only.

-- What a case's deadlines are counted from: registration, holds, BIS's first action, referrals, agencies'
-- answers, a dispute, rulings, appeals, a notice of intent to deny and its answer, the decision, the closing.
create table deadline_milestone (
    application_id uuid         not null,
    seq            smallint     not null,
    kind           varchar(30)  not null,
    subject        uuid,
    detail         varchar(200),
    party          varchar(200),
    occurred_at    timestamptz,
    primary key (application_id, seq)
);

-- The processing clock of a case as it stood when its deadlines were last recorded. "Today" is never stored:
-- the day the clock shows is counted when read (elapsed days less held_days, or day_at_hold while held).
create table deadline_clock (
    application_id uuid        primary key,
    control_number varchar(7)  not null,
    registered_on  date        not null,
    case_open      boolean     not null,
    held_days      integer     not null,
    held_since     date,
    day_at_hold    integer,
    recorded_at    timestamptz not null,
    constraint deadline_clock_hold check ((held_since is null) = (day_at_hold is null))
);

-- Each deadline of a case, in the order the case view lists them. due_on is null while a running hold stops
-- the clock before the deadline's day (it then falls processing_day - day_at_hold days after today, counted
-- when read);
-- arises_on is the day a deadline comes to exist (a denial reached on the escalation ladder, once it stands).
-- watched: an open case's duty that the system did not meet and that is unmet or was met late, i.e. one that
-- is overdue once due_on has passed. Whether it has passed is decided when read, against the application's
-- clock: nothing stored turns stale as days go by.
create table deadline_due (
    application_id uuid         not null,
    seq            smallint     not null,
    kind           varchar(30)  not null,
    what           text         not null,
    agency         varchar(200),
    processing_day integer      not null,
    due_on         date,
    arises_on      date,
    met_at         timestamptz,
    met_by_system  boolean      not null,
    met_late       boolean      not null,
    watched        boolean      not null,
    primary key (application_id, seq),
    constraint deadline_due_kind check (kind in ('BIS_REVIEW', 'AGENCY_REVIEW', 'OPERATING_COMMITTEE',
        'APPEAL_WINDOW', 'BOARD', 'LADDER_DENIAL_NOTICE', 'INTENT_RESPONSE', 'INTENT_FINAL', 'RESOLUTION'))
);

-- The overdue list and the dashboard's counts: the watched deadlines by due date, small beside all deadlines.
create index deadline_due_overdue on deadline_due (due_on) include (kind, arises_on) where watched;
