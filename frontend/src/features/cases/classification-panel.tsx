import type { LicenseRequirement, ReferralSuggestion } from './types';

const ANSWERS: Record<string, string> = {
  LICENSE_REQUIRED: 'License required',
  DEPENDS_ON_THE_ITEM: 'Depends on the item',
  NO_LICENSE_REQUIRED: 'No license required',
  OUTSIDE_BIS_JURISDICTION: 'Licensed by another agency',
  UNKNOWN: 'BIS decides by hand',
};

/** Whether a license is required and why, per item and row, and the agencies suggested for referral. */
export function ClassificationPanel({ requirement, suggestion }: { requirement: LicenseRequirement; suggestion: ReferralSuggestion }) {
  return (
    <section aria-labelledby="classification-heading">
      <h2 id="classification-heading">License requirement: {ANSWERS[requirement.answer] ?? requirement.answer}</h2>
      <p>{requirement.explanation}</p>
      {requirement.congressionalNotification && (
        <div className="callout" role="note" aria-label="Congressional notification">
          <h3>Notice to Congress</h3>
          <p>{requirement.congressionalNotification}</p>
        </div>
      )}
      <p className="field-hint">
        Destination {requirement.destinationName ?? requirement.destination ?? '—'}, Country Groups{' '}
        {requirement.countryGroups.length > 0 ? [...requirement.countryGroups].sort().join(', ') : 'none'}; reference data
        version {requirement.referenceVersion}.
      </p>
      {(requirement.reviewPolicies ?? []).length > 0 && (
        <>
          <h3>License review policy</h3>
          <ul>
            {(requirement.reviewPolicies ?? []).map((policy) => (
              <li key={policy}>{policy}</li>
            ))}
          </ul>
        </>
      )}
      {(requirement.notApplied ?? []).length > 0 && (
        <>
          <h3>Rules not applied</h3>
          <ul>
            {(requirement.notApplied ?? []).map((rule, index) => (
              <li key={index}>
                <strong>{rule.citation}</strong>: {rule.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {(requirement.openQuestions ?? []).length > 0 && (
        <>
          <h3>Not yet answered</h3>
          <ul>
            {(requirement.openQuestions ?? []).map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      )}
      {requirement.items.map((item) => (
        <details key={item.item}>
          <summary>
            Item {item.item + 1}: {item.eccn} — {ANSWERS[item.answer] ?? item.answer}
          </summary>
          {item.heading && <p>{item.heading}</p>}
          <p>{item.explanation}</p>
          {(item.findings ?? []).length > 0 && (
            <ul aria-label={`Findings for item ${item.item + 1}`}>
              {(item.findings ?? []).map((finding, index) => (
                <li key={index}>
                  <strong>{ANSWERS[finding.effect] ?? finding.effect}</strong> ({finding.citation})
                  {finding.reviewPolicy ? `: review policy ${finding.reviewPolicy}` : ''}
                </li>
              ))}
            </ul>
          )}
          <table>
            <caption className="visually-hidden">License requirement rows of {item.eccn}</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Covers the item</th>
                <th scope="col">Controls the destination</th>
              </tr>
            </thead>
            <tbody>
              {item.controls.map((check, index) => (
                <tr key={index}>
                  <td>{check.appliesTo}</td>
                  <td>{check.column ?? '—'}</td>
                  <td>{check.scope === 'APPLIES' ? 'Yes' : check.scope === 'MAY_APPLY' ? 'Maybe' : 'No'}</td>
                  <td>{check.destinationControlled === null ? 'Read the row' : check.destinationControlled ? 'Yes (X)' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
      <h3>Suggested referral</h3>
      {suggestion.agencies.length === 0 ? (
        <p>No agency is suggested: no reason for control, Country Group or party list calls for one.</p>
      ) : (
        <ul>
          {suggestion.agencies.map((agency) => (
            <li key={agency.agency}>
              <strong>{agency.agency}</strong>: {agency.rules.join(' ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
