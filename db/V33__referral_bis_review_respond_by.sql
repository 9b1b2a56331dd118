-- A question to the applicant carries the date by which they should answer; when it passes without an
-- answer, the analyst is given a task to return the application without action.
alter table referral_bis_review add column respond_by date;

alter table referral_bis_review add constraint referral_bis_review_respond_by
    check (respond_by is null or action = 'REQUEST_INFORMATION');
