-- A BIS analyst's reclassification of a case's items: the corrected ECCN of each item named, with the
-- rationale. The license determination and the referral suggestion are made again with the corrected ECCNs;
-- the form as the applicant submitted it is not changed. Append-only, like every record of a decision.
create table referral_reclassification (
    id             uuid primary key,
    application_id uuid         not null references intake_application (id),
    items          jsonb        not null,
    rationale      text         not null,
    recorded_by    varchar(200) not null,
    recorded_at    timestamptz  not null
);

create index referral_reclassification_case on referral_reclassification (application_id, recorded_at);

create function referral_reclassification_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'reclassifications are append-only (% refused)', tg_op;
end;
$$;

create trigger referral_reclassification_append_only before update or delete on referral_reclassification
    for each row execute function referral_reclassification_is_append_only();
