import { useCallback, useState } from 'react';

import { ProblemSummary, SelectField, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';
import { AGENCIES, type ReferralSuggestion } from './types';

const ACTIONS = [
  { value: 'REFER', label: 'Refer to agencies' },
  { value: 'REQUEST_INFORMATION', label: 'Ask the applicant for information' },
  { value: 'RETURN_WITHOUT_ACTION', label: 'Return without action' },
  { value: 'LICENSE_NOT_REQUIRED', label: 'No license required' },
  { value: 'DECIDE', label: 'Decide without referral' },
];

const OUTCOMES = [
  { value: 'APPROVE', label: 'Approve' },
  { value: 'APPROVE_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'DENY', label: 'Deny' },
];

/**
 * The licensing analyst's review: refer (to the suggested agencies unless changed, each change with its reason),
 * ask the applicant (by a date), return, find no license required, or decide. While the case awaits the
 * applicant only a return without action is offered.
 */
export function BisReviewForm({ applicationId, suggestion, onReviewed, onlyReturn, deficiency }: {
  applicationId: string;
  suggestion: ReferralSuggestion | null;
  onReviewed(): void;
  onlyReturn?: boolean;
  deficiency?: string;
}) {
  const api = useApiClient();
  const suggested = suggestion?.agencies.map((agency) => agency.agency) ?? [];
  const [action, setAction] = useState(onlyReturn ? 'RETURN_WITHOUT_ACTION' : 'REFER');
  const [respondBy, setRespondBy] = useState('');
  const [agencies, setAgencies] = useState<string[]>(suggested);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [proposedOutcome, setProposedOutcome] = useState('');
  const [analysis, setAnalysis] = useState('');
  const [question, setQuestion] = useState('');
  const [deficiencies, setDeficiencies] = useState(deficiency ?? '');
  const changed = AGENCIES.filter(
    (agency) => agencies.includes(agency.code) !== suggested.includes(agency.code),
  );
  const review = useApiAction(
    useCallback(() => {
      const body: Record<string, unknown> = { action };
      if (action === 'REFER') {
        body.agencies = agencies;
        body.referralReasons = Object.fromEntries(changed.map((agency) => [agency.code, reasons[agency.code] ?? '']));
      }
      if (['REFER', 'DECIDE'].includes(action)) {
        body.proposedOutcome = proposedOutcome || undefined;
      }
      if (['REFER', 'DECIDE', 'LICENSE_NOT_REQUIRED'].includes(action)) {
        body.analysis = analysis;
      }
      if (action === 'REQUEST_INFORMATION') {
        body.question = question;
        body.respondBy = respondBy || undefined;
      }
      if (action === 'RETURN_WITHOUT_ACTION') {
        body.deficiencies = deficiencies.split('\n').filter((line) => line.trim() !== '');
      }
      return api.fetchJson(`/api/staff/applications/${applicationId}/review`, jsonBody('POST', body));
    }, [api, applicationId, action, agencies, changed, reasons, proposedOutcome, analysis, question, respondBy, deficiencies]),
  );
  return (
    <section aria-labelledby="review-heading" className="callout">
      <h2 id="review-heading">BIS review</h2>
      <ProblemSummary problem={review.problem} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await review.run()) !== undefined) {
            onReviewed();
          }
        }}
      >
        <SelectField label="Action" value={action}
          options={onlyReturn ? ACTIONS.filter((option) => option.value === 'RETURN_WITHOUT_ACTION') : ACTIONS}
          onChange={setAction} error={review.reasonFor('action')} />
        {action === 'REFER' && (
          <fieldset>
            <legend>Refer to</legend>
            {AGENCIES.map((agency) => (
              <div key={agency.code} className="checkbox">
                <input
                  type="checkbox"
                  id={`refer-${agency.code}`}
                  checked={agencies.includes(agency.code)}
                  onChange={(event) =>
                    setAgencies(event.target.checked ? [...agencies, agency.code] : agencies.filter((code) => code !== agency.code))
                  }
                />
                <label htmlFor={`refer-${agency.code}`}>
                  {agency.name} ({agency.code}){suggested.includes(agency.code) ? ' — suggested' : ''}
                </label>
              </div>
            ))}
            {changed.map((agency) => (
              <TextField
                key={agency.code}
                label={`Why ${suggested.includes(agency.code) ? 'leave out' : 'add'} ${agency.name}?`}
                value={reasons[agency.code] ?? ''}
                onChange={(value) => setReasons({ ...reasons, [agency.code]: value })}
                error={review.reasonFor(`referralReasons.${agency.code}`)}
              />
            ))}
          </fieldset>
        )}
        {['REFER', 'DECIDE'].includes(action) && (
          <SelectField label="Proposed outcome" value={proposedOutcome} options={OUTCOMES} onChange={setProposedOutcome}
            error={review.reasonFor('proposedOutcome')} />
        )}
        {['REFER', 'DECIDE', 'LICENSE_NOT_REQUIRED'].includes(action) && (
          <TextField label="Analysis" multiline value={analysis} onChange={setAnalysis} error={review.reasonFor('analysis')} />
        )}
        {action === 'REQUEST_INFORMATION' && (
          <>
            <TextField label="Question to the applicant" multiline value={question} onChange={setQuestion}
              error={review.reasonFor('question')} />
            <TextField label="Answer by" type="date" value={respondBy} onChange={setRespondBy}
              hint="Leave empty for 30 days from today." error={review.reasonFor('respondBy')} />
          </>
        )}
        {action === 'RETURN_WITHOUT_ACTION' && (
          <TextField label="Deficiencies (one per line)" multiline value={deficiencies} onChange={setDeficiencies}
            error={review.reasonFor('deficiencies')} />
        )}
        <button type="submit" className="primary" disabled={review.busy}>
          Record the review
        </button>
      </form>
    </section>
  );
}
