-- Staff search by ECCN and country at a million cases (issue 15), second step. V47 found an ECCN through a
-- trigram index over the case's ECCNs as text, and a country through its own index; PostgreSQL combined them
-- badly: for a common ECCN it read every match (a fifth of all cases) before sorting by date, and an ECCN and
-- a country that never go together cost a read of every case of either. Instead each case keeps one array of
-- search keys: its ECCNs and every paragraph above them ("3A001.a.1" gives 3a001, 3a001.a and 3a001.a.1), and
-- each party's country ("country:cn"), lower-case. An ECCN, a country or both are then one containment on one
-- GIN index, which intersects the keys inside the index however rare the combination.
create function intake_search_keys(eccns text[], countries text[]) returns text[]
    language sql immutable parallel safe
    as $$
        select coalesce(array_agg(distinct key order by key), '{}')
        from (select array_to_string((string_to_array(lower(eccn), '.'))[1:depth], '.') as key
              from unnest(eccns) as eccn,
                   generate_series(1, coalesce(array_length(string_to_array(eccn, '.'), 1), 0)) as depth
              union all
              select 'country:' || lower(country) from unnest(countries) as country) keys
    $$;

-- stored and generated: the intake module writes eccns and countries, the database keeps the keys in step
alter table intake_application add column search_keys text[]
    generated always as (intake_search_keys(eccns, countries)) stored;

create index intake_application_by_search_key on intake_application using gin (search_keys) where status <> 'DRAFT';

drop index intake_application_eccn_words;
drop function intake_eccn_words(text[]);
