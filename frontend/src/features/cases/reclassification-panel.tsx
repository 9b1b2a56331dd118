import { useCallback, useState } from 'react';

import { ProblemSummary, SelectField, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';
import type { Reclassification } from './types';

/**
 * BIS's reclassifications of the case's items, shown to every reviewer; for the analyst, the form that records
 * one: the corrected ECCN of an item and why. The case is then determined again with it.
 */
export function ReclassificationPanel({ applicationId, items, reclassifications, mayReclassify, onChanged }: {
  applicationId: string;
  items: { item: number; eccn: string }[];
  reclassifications: Reclassification[];
  mayReclassify: boolean;
  onChanged(): void;
}) {
  const api = useApiClient();
  const [item, setItem] = useState(items.length === 1 ? '0' : '');
  const [eccn, setEccn] = useState('');
  const [rationale, setRationale] = useState('');
  const record = useApiAction(
    useCallback(
      () =>
        api.fetchJson(
          `/api/staff/applications/${applicationId}/reclassifications`,
          jsonBody('POST', { items: [{ item: item === '' ? undefined : Number(item), eccn: eccn.trim() || undefined }], rationale }),
        ),
      [api, applicationId, item, eccn, rationale],
    ),
  );
  if (!mayReclassify && reclassifications.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="reclassification-heading">
      <h2 id="reclassification-heading">Reclassification by BIS</h2>
      {reclassifications.length === 0 ? (
        <p>The items stand as the applicant classified them.</p>
      ) : (
        <ul>
          {reclassifications.map((recorded) => (
            <li key={recorded.id}>
              {recorded.items.map((change) => `Item ${change.item + 1}: ${change.before} → ${change.after}`).join('; ')}, by{' '}
              {recorded.recordedBy} on {recorded.recordedAt.slice(0, 10)}: {recorded.rationale}
            </li>
          ))}
        </ul>
      )}
      {mayReclassify && (
        <form
          aria-label="Reclassify an item"
          onSubmit={async (event) => {
            event.preventDefault();
            if ((await record.run()) !== undefined) {
              setEccn('');
              setRationale('');
              onChanged();
            }
          }}
        >
          <ProblemSummary problem={record.problem} />
          <SelectField label="Item to reclassify" value={item} onChange={setItem} error={record.reasonFor('items[0].item')}
            options={items.map((candidate) => ({ value: String(candidate.item), label: `Item ${candidate.item + 1}: ${candidate.eccn}` }))} />
          <TextField label="Corrected ECCN" value={eccn} onChange={setEccn} error={record.reasonFor('items[0].eccn')} />
          <TextField label="Why the classification is wrong" multiline value={rationale} onChange={setRationale}
            error={record.reasonFor('rationale')} />
          <button type="submit">Record the reclassification</button>
        </form>
      )}
    </section>
  );
}
