import { PostForm } from '../../components/form/post-form';

const TYPES = [
  { value: 'APPROVE', label: 'Approve' },
  { value: 'APPROVE_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'RETURN_WITHOUT_ACTION', label: 'Return without action (information missing)' },
  { value: 'DENY', label: 'Deny' },
];

/** An agency's position on its referral: conditions one per line; a denial names both its bases. */
export function PositionForm({ referralId, agency, onRecorded }: { referralId: string; agency: string; onRecorded(): void }) {
  return (
    <PostForm
      title={`${agency} position`}
      path={`/api/staff/referrals/${referralId}/position`}
      submitLabel="Record the position"
      onDone={onRecorded}
      fields={[
        { name: 'type', label: 'Position', kind: 'select', options: TYPES },
        { name: 'rationale', label: 'Rationale', kind: 'multiline' },
        { name: 'conditions', label: 'Conditions (one per line)', kind: 'lines',
          when: (values) => values.type === 'APPROVE_WITH_CONDITIONS' },
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
