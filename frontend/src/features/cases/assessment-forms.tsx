import { useCallback, useState } from 'react';

import { ProblemSummary, SelectField, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';

const COMPONENTS = [
  { code: 'ARMY', name: 'Army' },
  { code: 'NAVY', name: 'Navy' },
  { code: 'AIR_FORCE', name: 'Air Force' },
  { code: 'JOINT_STAFF', name: 'Joint Staff' },
  { code: 'POLICY', name: 'Policy' },
  { code: 'TECHNOLOGY', name: 'DTSA Technology' },
];

/** The DoD arbiter asks components for internal assessments before recording the DoD position. */
export function AssessmentRequestForm({ referralId, onRequested }: { referralId: string; onRequested(): void }) {
  const api = useApiClient();
  const [components, setComponents] = useState<string[]>([]);
  const [instructions, setInstructions] = useState('');
  const request = useApiAction(
    useCallback(
      () => api.fetchJson(`/api/staff/referrals/${referralId}/assessments`, jsonBody('POST', { components, instructions })),
      [api, referralId, components, instructions],
    ),
  );
  return (
    <section aria-labelledby="assessment-request-heading" className="callout">
      <h2 id="assessment-request-heading">Ask components to assess</h2>
      <ProblemSummary problem={request.problem} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await request.run()) !== undefined) {
            setComponents([]);
            onRequested();
          }
        }}
      >
        <fieldset>
          <legend>Components</legend>
          {COMPONENTS.map((component) => (
            <div key={component.code} className="checkbox">
              <input
                type="checkbox"
                id={`component-${component.code}`}
                checked={components.includes(component.code)}
                onChange={(event) =>
                  setComponents(event.target.checked ? [...components, component.code] : components.filter((c) => c !== component.code))
                }
              />
              <label htmlFor={`component-${component.code}`}>{component.name}</label>
            </div>
          ))}
          {request.reasonFor('components') && <p className="field-error">{request.reasonFor('components')}</p>}
        </fieldset>
        <TextField label="Instructions to the components" multiline value={instructions} onChange={setInstructions}
          error={request.reasonFor('instructions')} />
        <button type="submit" disabled={request.busy}>
          Request the assessments
        </button>
      </form>
    </section>
  );
}

const RECOMMENDATIONS = [
  { value: 'APPROVE', label: 'Approve' },
  { value: 'APPROVE_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'DENY', label: 'Deny' },
];

/** A component's internal assessment for its agency's arbiter. */
export function AssessmentForm({ assessmentId, component, onRecorded }: { assessmentId: string; component: string; onRecorded(): void }) {
  const api = useApiClient();
  const [recommendation, setRecommendation] = useState('');
  const [rationale, setRationale] = useState('');
  const [conditions, setConditions] = useState('');
  const record = useApiAction(
    useCallback(
      () =>
        api.fetchJson(
          `/api/staff/assessments/${assessmentId}`,
          jsonBody('POST', {
            recommendation: recommendation || undefined,
            rationale,
            conditions: conditions.split('\n').filter((line) => line.trim() !== ''),
          }),
        ),
      [api, assessmentId, recommendation, rationale, conditions],
    ),
  );
  return (
    <section aria-labelledby="assessment-heading" className="callout">
      <h2 id="assessment-heading">{component} assessment</h2>
      <ProblemSummary problem={record.problem} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await record.run()) !== undefined) {
            onRecorded();
          }
        }}
      >
        <SelectField label="Recommendation" value={recommendation} options={RECOMMENDATIONS} onChange={setRecommendation}
          error={record.reasonFor('recommendation')} />
        <TextField label="Rationale for the recommendation" multiline value={rationale} onChange={setRationale}
          error={record.reasonFor('rationale')} />
        {recommendation === 'APPROVE_WITH_CONDITIONS' && (
          <TextField label="Recommended conditions (one per line)" multiline value={conditions} onChange={setConditions}
            error={record.reasonFor('conditions')} />
        )}
        <button type="submit" className="primary" disabled={record.busy}>
          Record the assessment
        </button>
      </form>
    </section>
  );
}
