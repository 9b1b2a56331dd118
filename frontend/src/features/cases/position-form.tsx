import { PostForm } from '../../components/form/post-form';

const TYPES = [
  { value: 'APPROVE', label: 'Approve' },
  { value: 'APPROVE_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'RETURN_WITHOUT_ACTION', label: 'Return without action (information missing)' },
  { value: 'DENY', label: 'Deny' },
];

/** A component's recorded assessment, whose recommended conditions the agency may adopt. */
export type Recommendation = { assessmentId: string; component: string; conditions: string[] };

/**
 * An agency's position on its referral: conditions one per line, and any of its components' recommended
 * conditions adopted word for word (the component named beside it); a denial names both its bases.
 */
export function PositionForm({ referralId, agency, onRecorded, recommendations = [] }: {
  referralId: string;
  agency: string;
  onRecorded(): void;
  recommendations?: Recommendation[];
}) {
  const recommended = recommendations.flatMap(({ assessmentId, component, conditions }) =>
    conditions.map((text, index) => ({ value: `${assessmentId}/${index + 1}`, label: `${text} (recommended by ${component})` })),
  );
  return (
    <PostForm
      title={`${agency} position`}
      path={`/api/staff/referrals/${referralId}/position`}
      submitLabel="Record the position"
      onDone={onRecorded}
      fields={[
        { name: 'type', label: 'Position', kind: 'select', options: TYPES },
        { name: 'rationale', label: 'Rationale', kind: 'multiline' },
        { name: 'adoptedConditions', label: 'Adopt your components\' recommended conditions', kind: 'choices',
          options: recommended, send: adoptions,
          when: (values) => values.type === 'APPROVE_WITH_CONDITIONS' && recommended.length > 0 },
        { name: 'conditions', label: recommended.length > 0 ? 'Other conditions (one per line)' : 'Conditions (one per line)',
          kind: 'lines', when: (values) => values.type === 'APPROVE_WITH_CONDITIONS' },
        { name: 'statutoryBasis', label: 'Statutory basis', kind: 'text', hint: 'For example 50 U.S.C. 4813',
          when: (values) => values.type === 'DENY' },
        { name: 'regulatoryBasis', label: 'Regulatory basis', kind: 'text', hint: 'For example 15 CFR 742.4',
          when: (values) => values.type === 'DENY' },
        { name: 'missingInformation', label: 'What information is missing', kind: 'multiline',
          when: (values) => values.type === 'RETURN_WITHOUT_ACTION' },
      ]}
    />
  );
}

/** The ticked recommendations as the server takes them: the assessment and the condition's place in it. */
export function adoptions(ticked: string[]): { assessmentId: string; condition: number }[] {
  return ticked.map((value) => {
    const [assessmentId, condition] = value.split('/');
    return { assessmentId, condition: Number(condition) };
  });
}
