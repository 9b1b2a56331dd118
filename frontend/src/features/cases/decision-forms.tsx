import { PostForm } from '../../components/form/post-form';

type Condition = { sequence: number; text: string; authorAgency: string };

const DECISIONS = [
  { value: 'APPROVED', label: 'Approve' },
  { value: 'APPROVED_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'RETURNED_WITHOUT_ACTION', label: 'Return without action' },
];

const RULINGS = [
  { value: 'APPROVED', label: 'Approve' },
  { value: 'APPROVED_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'DENIED', label: 'Deny' },
];

/**
 * The licensing analyst's decision once the positions are in: the agencies' conditions are carried as they
 * wrote them (changing one needs the agency's consent); BIS may add its own. A denial starts as an intent to deny.
 */
export function DecisionForm({ applicationId, agencyConditions, onDecided }: {
  applicationId: string;
  agencyConditions: Condition[];
  onDecided(): void;
}) {
  return (
    <PostForm
      title="Decide the case"
      path={`/api/staff/applications/${applicationId}/decision`}
      submitLabel="Record the decision"
      onDone={onDecided}
      initial={agencyConditions.length > 0 ? { outcome: 'APPROVED_WITH_CONDITIONS' } : {}}
      fields={[
        { name: 'outcome', label: 'Decision', kind: 'select', options: DECISIONS },
        { name: 'rationale', label: 'Rationale for the decision', kind: 'multiline' },
        { name: 'conditions', label: "BIS's own conditions (one per line)", kind: 'lines' },
      ]}
    >
      {agencyConditions.length > 0 && (
        <>
          <h3>Conditions the agencies set (carried into the license)</h3>
          <ol>
            {agencyConditions.map((condition) => (
              <li key={`${condition.authorAgency}-${condition.sequence}`}>
                {condition.text} <span className="field-hint">({condition.authorAgency})</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </PostForm>
  );
}

/** The Operating Committee chair's ruling on a dispute (or an administrator recording the President's). */
export function RulingForm({ applicationId, onRuled, title = 'Ruling on the dispute' }: {
  applicationId: string;
  onRuled(): void;
  title?: string;
}) {
  return (
    <PostForm
      title={title}
      path={`/api/staff/applications/${applicationId}/rulings`}
      submitLabel="Record the ruling"
      onDone={onRuled}
      fields={[
        { name: 'outcome', label: 'Ruling', kind: 'select', options: RULINGS },
        { name: 'rationale', label: 'Rationale for the ruling', kind: 'multiline' },
      ]}
    />
  );
}
