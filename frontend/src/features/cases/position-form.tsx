import { useCallback, useState } from 'react';

import { ProblemSummary, SelectField, TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';
import { jsonBody, useApiAction } from '../../lib/use-api';

const TYPES = [
  { value: 'APPROVE', label: 'Approve' },
  { value: 'APPROVE_WITH_CONDITIONS', label: 'Approve with conditions' },
  { value: 'RETURN_WITHOUT_ACTION', label: 'Return without action (information missing)' },
  { value: 'DENY', label: 'Deny' },
];

/** An agency's position on its referral: conditions one per line; a denial names both its bases. */
export function PositionForm({ referralId, agency, onRecorded }: { referralId: string; agency: string; onRecorded(): void }) {
  const api = useApiClient();
  const [type, setType] = useState('');
  const [rationale, setRationale] = useState('');
  const [conditions, setConditions] = useState('');
  const [statutoryBasis, setStatutoryBasis] = useState('');
  const [regulatoryBasis, setRegulatoryBasis] = useState('');
  const [missingInformation, setMissingInformation] = useState('');
  const record = useApiAction(
    useCallback(
      () =>
        api.fetchJson(
          `/api/staff/referrals/${referralId}/position`,
          jsonBody('POST', {
            type: type || undefined,
            rationale,
            conditions: type === 'APPROVE_WITH_CONDITIONS' ? conditions.split('\n').filter((line) => line.trim() !== '') : [],
            statutoryBasis: type === 'DENY' ? statutoryBasis : undefined,
            regulatoryBasis: type === 'DENY' ? regulatoryBasis : undefined,
            missingInformation: type === 'RETURN_WITHOUT_ACTION' ? missingInformation : undefined,
          }),
        ),
      [api, referralId, type, rationale, conditions, statutoryBasis, regulatoryBasis, missingInformation],
    ),
  );
  return (
    <section aria-labelledby="position-heading" className="callout">
      <h2 id="position-heading">{agency} position</h2>
      <ProblemSummary problem={record.problem} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if ((await record.run()) !== undefined) {
            onRecorded();
          }
        }}
      >
        <SelectField label="Position" value={type} options={TYPES} onChange={setType} error={record.reasonFor('type')} />
        <TextField label="Rationale" multiline value={rationale} onChange={setRationale} error={record.reasonFor('rationale')} />
        {type === 'APPROVE_WITH_CONDITIONS' && (
          <TextField label="Conditions (one per line)" multiline value={conditions} onChange={setConditions}
            error={record.reasonFor('conditions')} />
        )}
        {type === 'DENY' && (
          <>
            <TextField label="Statutory basis" value={statutoryBasis} onChange={setStatutoryBasis}
              error={record.reasonFor('statutoryBasis')} hint="For example 50 U.S.C. 4813" />
            <TextField label="Regulatory basis" value={regulatoryBasis} onChange={setRegulatoryBasis}
              error={record.reasonFor('regulatoryBasis')} hint="For example 15 CFR 742.4" />
          </>
        )}
        {type === 'RETURN_WITHOUT_ACTION' && (
          <TextField label="What information is missing" multiline value={missingInformation} onChange={setMissingInformation}
            error={record.reasonFor('missingInformation')} />
        )}
        <button type="submit" className="primary" disabled={record.busy}>
          Record the position
        </button>
      </form>
    </section>
  );
}
