-- Staff search by ECCN at a million cases (issue 15), second step. V47 found an ECCN through a trigram index
-- over the case's ECCNs as text; PostgreSQL cannot estimate how many cases such a LIKE matches, so for a
-- common ECCN it read every match (a fifth of all cases) before sorting by date. Instead each case keeps its
-- ECCNs and every paragraph above them as keys ("3A001.a.1" gives 3a001, 3a001.a and 3a001.a.1), lower-case.
-- An ECCN or paragraph searched for is then one exact key: the array's statistics tell the planner how common
-- it is, so a common ECCN is read newest first from the date index and a rare one from the GIN index.
create function intake_eccn_keys(eccns text[]) returns text[]
    language sql immutable parallel safe
    as $$
        select coalesce(array_agg(distinct key order by key), '{}')
        from (select array_to_string((string_to_array(lower(eccn), '.'))[1:depth], '.') as key
              from unnest(eccns) as eccn,
                   generate_series(1, coalesce(array_length(string_to_array(eccn, '.'), 1), 0)) as depth) keys
    $$;

-- stored and generated: the intake module writes eccns, the database keeps the keys in step
alter table intake_application add column eccn_keys text[] generated always as (intake_eccn_keys(eccns)) stored;

create index intake_application_by_eccn_key on intake_application using gin (eccn_keys) where status <> 'DRAFT';

drop index intake_application_eccn_words;
drop function intake_eccn_words(text[]);
