import { useCallback, useState } from 'react';

import { ProblemSummary, SelectField, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';

type Condition = { sequence: number; text: string; authorAgency: string };

const DECISIONS = [
  { value: 'APPROVED', label: 'Approve' },
  { value: 'APPROVED_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'RETURNED_WITHOUT_ACTION', label: 'Return without action' },
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
  const api = useApiClient();
  const [outcome, setOutcome] = useState(agencyConditions.length > 0 ? 'APPROVED_WITH_CONDITIONS' : '');
  const [rationale, setRationale] = useState('');
  const [conditions, setConditions] = useState('');
  const decide = useApiAction(
    useCallback(
      () =>
        api.fetchJson(
          `/api/staff/applications/${applicationId}/decision`,
          jsonBody('POST', {
            outcome: outcome || undefined,
            rationale,
            conditions: conditions.split('\n').filter((line) => line.trim() !== ''),
          }),
        ),
      [api, applicationId, outcome, rationale, conditions],
    ),
  );
  return (
    <section aria-labelledby="decision-form-heading" className="callout">
      <h2 id="decision-form-heading">Decide the case</h2>
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
      <ProblemSummary problem={decide.problem} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await decide.run()) !== undefined) {
            onDecided();
          }
        }}
      >
        <SelectField label="Decision" value={outcome} options={DECISIONS} onChange={setOutcome} error={decide.reasonFor('outcome')} />
        <TextField label="Rationale for the decision" multiline value={rationale} onChange={setRationale}
          error={decide.reasonFor('rationale')} />
        <TextField label="BIS's own conditions (one per line)" multiline value={conditions} onChange={setConditions}
          error={decide.reasonFor('conditions')} />
        <button type="submit" className="primary" disabled={decide.busy}>
          Record the decision
        </button>
      </form>
    </section>
  );
}

const RULINGS = [
  { value: 'APPROVED', label: 'Approve' },
  { value: 'APPROVED_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'DENIED', label: 'Deny' },
];

/** The Operating Committee chair's ruling on a dispute (or an administrator recording the President's). */
export function RulingForm({ applicationId, onRuled }: { applicationId: string; onRuled(): void }) {
  const api = useApiClient();
  const [outcome, setOutcome] = useState('');
  const [rationale, setRationale] = useState('');
  const rule = useApiAction(
    useCallback(
      () => api.fetchJson(`/api/staff/applications/${applicationId}/rulings`, jsonBody('POST', { outcome: outcome || undefined, rationale })),
      [api, applicationId, outcome, rationale],
    ),
  );
  return (
    <section aria-labelledby="ruling-heading" className="callout">
      <h2 id="ruling-heading">Ruling on the dispute</h2>
      <ProblemSummary problem={rule.problem} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await rule.run()) !== undefined) {
            onRuled();
          }
        }}
      >
        <SelectField label="Ruling" value={outcome} options={RULINGS} onChange={setOutcome} error={rule.reasonFor('outcome')} />
        <TextField label="Rationale for the ruling" multiline value={rationale} onChange={setRationale}
          error={rule.reasonFor('rationale')} />
        <button type="submit" className="primary" disabled={rule.busy}>
          Record the ruling
        </button>
      </form>
    </section>
  );
}
