-- The open cases still to be screened against a newly imported list. Written in the import's own
-- transaction, so that a crash cannot lose them; any node claims them in batches (for update skip locked),
-- screens them, and deletes them in the same transaction.
create table screening_rescreen_pending (
    import_id      uuid        not null references screening_list_import (id),
    application_id uuid        not null,
    enqueued_at    timestamptz not null,
    primary key (import_id, application_id)
);
