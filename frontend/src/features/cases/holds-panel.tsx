import { useCallback, useState } from 'react';

import { ProblemSummary, SelectField, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';

export type Hold = {
  id: string;
  reason: string;
  why: string;
  stopsClock: boolean;
  startedAt: string;
  startedBy: string;
  releasedAt: string | null;
  releasedBy: string | null;
  releaseNote: string | null;
};

const REASONS = [
  { value: 'CONDITIONS_ACCEPTANCE', label: 'Applicant to accept conditions (750.4(b)(2))' },
  { value: 'PRE_LICENSE_CHECK', label: 'Pre-license check (750.4(b)(3))' },
  { value: 'GOVERNMENT_ASSURANCE', label: 'Government-to-government assurance (750.4(b)(4))' },
  { value: 'FOREIGN_CONSULTATION', label: 'Consultation with foreign governments (750.4(b)(5))' },
  { value: 'CONGRESSIONAL_NOTIFICATION', label: 'Congressional notification (750.4(b)(6))' },
  { value: 'TECHNOLOGY_CONTROL_PLAN', label: 'Technology control plan (750.4(b)(7))' },
];

/** The case's holds (days on hold do not count), and for the analyst placing and releasing one, with a reason. */
export function HoldsPanel({ applicationId, holds, mayHold, mayRelease, onChanged }: {
  applicationId: string;
  holds: Hold[];
  mayHold: boolean;
  /** Whether the person may end the running holds. */
  mayRelease: boolean;
  onChanged(): void;
}) {
  const api = useApiClient();
  const [reason, setReason] = useState('');
  const [why, setWhy] = useState('');
  const [note, setNote] = useState('');
  const place = useApiAction(
    useCallback(
      () => api.fetchJson(`/api/staff/applications/${applicationId}/holds`, jsonBody('POST', { reason: reason || undefined, why })),
      [api, applicationId, reason, why],
    ),
  );
  const release = useApiAction(
    useCallback((holdId: string) => api.fetchJson(`/api/staff/holds/${holdId}/release`, jsonBody('POST', { note })), [api, note]),
  );
  const running = holds.filter((hold) => !hold.releasedAt);
  if (!mayHold && !mayRelease && holds.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="holds-heading">
      <h2 id="holds-heading">Holds{running.length > 0 ? ': the clock is stopped' : ''}</h2>
      {holds.length > 0 && (
        <ul>
          {holds.map((hold) => (
            <li key={hold.id}>
              {hold.reason.toLowerCase().replaceAll('_', ' ')} since {hold.startedAt.slice(0, 10)} ({hold.startedBy}): {hold.why}
              {hold.releasedAt ? ` — released ${hold.releasedAt.slice(0, 10)} by ${hold.releasedBy}` : ' — running'}
            </li>
          ))}
        </ul>
      )}
      {mayRelease && running.length > 0 && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            for (const hold of running) {
              if ((await release.run(hold.id)) === undefined) {
                return;
              }
            }
            onChanged();
          }}
        >
          <ProblemSummary problem={release.problem} />
          <TextField label="Why the hold ends" value={note} onChange={setNote} error={release.reasonFor('note')} />
          <button type="submit">Release the hold</button>
        </form>
      )}
      {mayHold && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if ((await place.run()) !== undefined) {
              setWhy('');
              onChanged();
            }
          }}
        >
          <ProblemSummary problem={place.problem} />
          <SelectField label="Hold the case for" value={reason} options={REASONS} onChange={setReason} error={place.reasonFor('reason')} />
          <TextField label="Why the case is held" value={why} onChange={setWhy} error={place.reasonFor('why')} />
          <button type="submit">Place the hold</button>
        </form>
      )}
    </section>
  );
}
