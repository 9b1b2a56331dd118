import { useEffect, useId, useState } from 'react';

import { TextField } from '../../components/form/fields';
import { useApiClient } from '../../lib/auth/identity-provider';

type EccnChoice = { eccn: string; heading: string; reasonsForControl: string[] };

/**
 * The ECCN of an item, with a lookup: as the applicant types a number or words of a heading, the matching
 * CCL entries are offered, and the heading of the entry the ECCN belongs to is shown under the field.
 */
export function EccnField({ value, onChange, error, id }: { value: string; onChange(value: string): void; error?: string; id?: string }) {
  const api = useApiClient();
  const listId = useId();
  const [choices, setChoices] = useState<EccnChoice[]>([]);
  const query = value.trim();
  useEffect(() => {
    if (query.length < 2 || query === 'EAR99') {
      setChoices([]);
      return;
    }
    let current = true;
    const entry = query.split('.')[0];
    const timer = setTimeout(() => {
      api.fetchJson<EccnChoice[]>(`/api/applicant/eccns?query=${encodeURIComponent(/^[0-9][A-E]/i.test(query) ? entry : query)}`).then(
        (found) => current && setChoices(found),
        () => current && setChoices([]),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);
  const entry = choices.find((choice) => choice.eccn === query.split('.')[0].toUpperCase());
  const hint = query === 'EAR99'
    ? 'EAR99: subject to the EAR but on no CCL entry.'
    : entry
      ? `${entry.eccn}: ${entry.heading} (reasons for control: ${entry.reasonsForControl.join(', ')})`
      : 'For example 3A001.a.1, or EAR99; type a number or words of a heading to look entries up.';
  return (
    <>
      <TextField label="ECCN" id={id} required value={value} onChange={onChange} error={error} hint={hint} list={listId} />
      <datalist id={listId}>
        {choices.map((choice) => (
          <option key={choice.eccn} value={choice.eccn}>
            {choice.heading.length > 90 ? `${choice.heading.slice(0, 87)}…` : choice.heading}
          </option>
        ))}
      </datalist>
    </>
  );
}
