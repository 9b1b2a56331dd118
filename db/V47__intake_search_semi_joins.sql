-- Staff search at a million cases (issue 15).
-- An ECCN or its paragraphs, found through a trigram index over the case's ECCNs as one lower-case text (a
-- LIKE over unnest(eccns) uses no index; "3a001" finds "3A001.a.1"). array_to_string is only "stable" for arrays of any type; over text[] its
-- result depends on nothing but its input, so the wrapper may be declared immutable and indexed.
create function intake_eccn_words(eccns text[]) returns text
    language sql immutable parallel safe
    as $$ select ' ' || lower(coalesce(array_to_string(eccns, ' '), '')) || ' ' $$;

create index intake_application_eccn_words on intake_application
    using gin (intake_eccn_words(eccns) gin_trgm_ops) where status <> 'DRAFT';

-- What a person may see, as semi-joins from the case: referred to their agency, assessed by their
-- component, disputed, appealed.
create index referral_referral_by_application_and_agency on referral_referral (application_id, agency);
create index position_assessment_by_application_and_component on position_assessment (application_id, component);
create index reconciliation_result_disputed on reconciliation_result (application_id) where verdict = 'DISPUTE';
create index decision_appeal_by_application on decision_appeal (application_id);
