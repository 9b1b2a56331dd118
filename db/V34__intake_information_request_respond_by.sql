-- The date by which BIS asks the applicant to answer a question, shown to the applicant with it.
alter table intake_information_request add column respond_by date;
