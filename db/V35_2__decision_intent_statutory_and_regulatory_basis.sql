-- The notice of intent to deny states "the statutory and regulatory basis for the denial" (15 CFR 750.6(a)(2)):
-- two fields, as an agency's denial position has. Notices issued before this migration kept both in one text,
-- now the statutory basis; their regulatory basis stays empty rather than being guessed.
alter table decision_intent_to_deny rename column basis to statutory_basis;
alter table decision_intent_to_deny add column regulatory_basis text;
