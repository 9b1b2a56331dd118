-- One pending assessment per component and referral, held by the database: each assessment a component is
-- asked for on a referral has its round (1, 2, ...), and a round is asked for once. The arbiter asks for the
-- next round only when the last one is recorded (results are never withdrawn), so two requests racing for the
-- same component compute the same round and the second is refused by this constraint.
alter table position_assessment add column round integer;

-- rounds of the assessments already asked for, in the order they were asked
update position_assessment a set round = numbered.round
from (select id, row_number() over (partition by referral_id, component order by requested_at, id) as round
      from position_assessment) numbered
where numbered.id = a.id;

alter table position_assessment alter column round set not null;
alter table position_assessment add constraint position_assessment_round_once
    unique (referral_id, component, round);
