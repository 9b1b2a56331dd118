-- Staff search at a million cases: the newest registered cases first without sorting them all, and words
-- anywhere in the search text by trigram (a LIKE with a leading wildcard uses no b-tree).
create extension if not exists pg_trgm;

create index intake_application_registered_newest on intake_application (registered_at desc, id)
    where status <> 'DRAFT';
create index intake_application_search_words on intake_application using gin (search_text gin_trgm_ops);
