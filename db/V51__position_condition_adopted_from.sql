-- A condition an agency's position carries over from one of its components' internal assessments (issue 16):
-- the component that recommended it, shown beside the condition wherever the position is.
alter table position_condition add column adopted_from varchar(30);
