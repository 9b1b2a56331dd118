import { useEffect, useState } from 'react';

import { useApiClient, useIdentity } from '../../lib/auth/identity-provider';
import { jsonBody } from '../../lib/use-api';

type LicenseRequirement = {
  answer: string;
  explanation: string;
  items: { eccn: string; answer: string; explanation: string; heading: string | null }[];
};

const ANSWERS: Record<string, string> = {
  LICENSE_REQUIRED: 'A license is required',
  DEPENDS_ON_THE_ITEM: 'A license may be required',
  NO_LICENSE_REQUIRED: 'No license is required',
  OUTSIDE_BIS_JURISDICTION: 'Another agency licenses these items (not BIS)',
  UNKNOWN: 'BIS will decide by hand',
};

/**
 * Whether the items need a license to the destination, from the reference data, as the applicant types.
 * A hint, not a gate: the application can be saved and submitted whatever it says.
 */
export function LicenseHint({ destination, eccns }: { destination: string; eccns: string[] }) {
  const api = useApiClient();
  const signedIn = useIdentity().state.status === 'signed-in';
  const [hint, setHint] = useState<LicenseRequirement | null>(null);
  const asked = eccns.filter((eccn) => eccn.trim() !== '');
  const key = `${destination}|${asked.join(',')}`;
  useEffect(() => {
    if (!signedIn || !/^[A-Z]{2}$/.test(destination) || asked.length === 0) {
      setHint(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api
        .fetchJson<LicenseRequirement>('/api/applicant/license-requirement', jsonBody('POST', { destination, eccns: asked }))
        .then(
          (answer) => current && setHint(answer),
          () => current && setHint(null),
        );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // the key stands for destination and ECCNs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, signedIn]);
  if (!hint) {
    return (
      <p className="hint-box" role="status">
        Give the ultimate consignee's country and the items' ECCNs to see whether a license is required.
      </p>
    );
  }
  return (
    <section className="hint-box" aria-labelledby="license-hint-heading" role="status">
      <h3 id="license-hint-heading">License required? {ANSWERS[hint.answer] ?? hint.answer}</h3>
      <ul>
        {hint.items.map((item, index) => (
          <li key={index}>{item.explanation}</li>
        ))}
      </ul>
      <p className="field-hint">A hint from the Commerce Country Chart and Control List; BIS decides on review.</p>
    </section>
  );
}
