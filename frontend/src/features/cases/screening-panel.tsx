import { useCallback, useState } from 'react';

import { ProblemSummary, SelectField, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';
import type { CaseScreening, ScreeningHit } from './types';

/** The parties' hits on the screening list with the matcher's reasons; BIS analysts adjudicate each. */
export function ScreeningPanel({ applicationId, screening, mayAdjudicate, onChanged }: {
  applicationId: string;
  screening: CaseScreening;
  mayAdjudicate: boolean;
  onChanged(): void;
}) {
  return (
    <section aria-labelledby="screening-heading">
      <h2 id="screening-heading">
        Screening: {screening.openHits > 0 ? `${screening.openHits} hit(s) to adjudicate` : 'nothing open'}
      </h2>
      {screening.lastRun ? (
        <p className="field-hint">
          Screened {screening.lastRun.parties} parties against {screening.lastRun.listFileName} on{' '}
          {screening.lastRun.screenedAt.slice(0, 10)} ({screening.lastRun.cause === 'REGISTRATION' ? 'at registration' : 'after a list import'}).
        </p>
      ) : (
        <p>Not screened yet: no screening list was in force.</p>
      )}
      {screening.reviewPolicy && (
        <p className="callout">
          <strong>License review policy (Entity List):</strong> {screening.reviewPolicy}
        </p>
      )}
      {screening.hits.map((hit) => (
        <HitCard key={hit.id} applicationId={applicationId} hit={hit} mayAdjudicate={mayAdjudicate} onChanged={onChanged} />
      ))}
    </section>
  );
}

function HitCard({ applicationId, hit, mayAdjudicate, onChanged }: {
  applicationId: string;
  hit: ScreeningHit;
  mayAdjudicate: boolean;
  onChanged(): void;
}) {
  const api = useApiClient();
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const adjudicate = useApiAction(
    useCallback(
      () =>
        api.fetchJson(
          `/api/staff/applications/${applicationId}/screening/hits/${hit.id}/adjudication`,
          jsonBody('POST', { outcome: outcome || undefined, reason }),
        ),
      [api, applicationId, hit.id, outcome, reason],
    ),
  );
  const headingId = `hit-${hit.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {hit.partyName} ({hit.party}) resembles “{hit.listedName}”
      </h3>
      <p>
        {hit.list} · score {hit.score.toFixed(2)}
        {!hit.current && ' · no longer on the list in force'}
      </p>
      <ul>
        {hit.reasons.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
      {hit.adjudication ? (
        <p>
          Adjudicated <strong>{hit.adjudication.outcome === 'TRUE_MATCH' ? 'a true match' : 'a false positive'}</strong> by{' '}
          {hit.adjudication.adjudicatedBy}: {hit.adjudication.reason}
        </p>
      ) : (
        mayAdjudicate && (
          <form
            onSubmit={async (event) => {
              event.preventDefault();
              if ((await adjudicate.run()) !== undefined) {
                onChanged();
              }
            }}
          >
            <ProblemSummary problem={adjudicate.problem} />
            <SelectField
              label={`Finding on ${hit.listedName}`}
              value={outcome}
              onChange={setOutcome}
              error={adjudicate.reasonFor('outcome')}
              options={[
                { value: 'TRUE_MATCH', label: 'True match' },
                { value: 'FALSE_POSITIVE', label: 'False positive' },
              ]}
            />
            <TextField label="Reason for the finding" multiline value={reason} onChange={setReason}
              error={adjudicate.reasonFor('reason')} />
            <button type="submit" disabled={adjudicate.busy}>
              Record the finding
            </button>
          </form>
        )
      )}
    </article>
  );
}
