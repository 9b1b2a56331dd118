import { PostForm } from '../../components/form/post-form';

const COMPONENTS = [
  { value: 'ARMY', label: 'Army' },
  { value: 'NAVY', label: 'Navy' },
  { value: 'AIR_FORCE', label: 'Air Force' },
  { value: 'JOINT_STAFF', label: 'Joint Staff' },
  { value: 'POLICY', label: 'Policy' },
  { value: 'TECHNOLOGY', label: 'DTSA Technology' },
];

const RECOMMENDATIONS = [
  { value: 'APPROVE', label: 'Approve' },
  { value: 'APPROVE_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'DENY', label: 'Deny' },
];

/** The DoD arbiter asks components for internal assessments before recording the DoD position. */
export function AssessmentRequestForm({ referralId, onRequested }: { referralId: string; onRequested(): void }) {
  return (
    <PostForm
      title="Ask components to assess"
      path={`/api/staff/referrals/${referralId}/assessments`}
      submitLabel="Request the assessments"
      primary={false}
      onDone={onRequested}
      fields={[
        { name: 'components', label: 'Components', kind: 'choices', options: COMPONENTS },
        { name: 'instructions', label: 'Instructions to the components', kind: 'multiline' },
      ]}
    />
  );
}

/** A component's internal assessment for its agency's arbiter. */
export function AssessmentForm({ assessmentId, component, onRecorded }: { assessmentId: string; component: string; onRecorded(): void }) {
  return (
    <PostForm
      title={`${component} assessment`}
      path={`/api/staff/assessments/${assessmentId}`}
      submitLabel="Record the assessment"
      onDone={onRecorded}
      fields={[
        { name: 'recommendation', label: 'Recommendation', kind: 'select', options: RECOMMENDATIONS },
        { name: 'rationale', label: 'Rationale for the recommendation', kind: 'multiline' },
        { name: 'conditions', label: 'Recommended conditions (one per line)', kind: 'lines',
          when: (values) => values.recommendation === 'APPROVE_WITH_CONDITIONS' },
      ]}
    />
  );
}
