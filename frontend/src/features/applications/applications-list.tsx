import { Link, useLocation } from 'react-router';

import { daysSince, formatInstant, useBusinessDay } from '../../lib/business-clock';
import { usePageTitle } from '../../lib/page-title';
import { useApiQuery } from '../../lib/use-api';
import { statusName, type ApplicantCase } from './types';

/**
 * The applicant's organization's applications, newest first, with where each stands. Dates and days are the
 * business clock's (the server's day in US Eastern time), never the browser's.
 */
export function ApplicationsList() {
  const cases = useApiQuery<ApplicantCase[]>('/api/applicant/applications');
  const clock = useBusinessDay();
  const deletedDraft = (useLocation().state as { deletedDraft?: boolean } | null)?.deletedDraft === true;
  usePageTitle('Your applications');
  return (
    <>
      <h1>Your organization's applications</h1>
      {deletedDraft && (
        <p role="status" className="notice">
          The draft was deleted.
        </p>
      )}
      <p>
        <Link className="button" to="/applications/new">
          Start a new application
        </Link>
      </p>
      {(cases.status === 'loading' || (cases.status === 'loaded' && !clock)) && <p role="status">Loading applications…</p>}
      {cases.status === 'failed' && <p role="alert">{cases.problem.message}</p>}
      {cases.status === 'loaded' && clock &&
        (cases.data.length === 0 ? (
          <p>No applications yet.</p>
        ) : (
          <table className="stacked-table">
            <caption className="visually-hidden">Applications</caption>
            <thead>
              <tr>
                <th scope="col">Application</th>
                <th scope="col">Ultimate consignee</th>
                <th scope="col">Status</th>
                <th scope="col">Days since registration</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.map((application) => (
                <tr key={application.id}>
                  <td data-label="Application">
                    <Link to={`/applications/${application.id}`}>
                      {application.controlNumber ?? `Draft started ${formatInstant(application.createdAt, clock)}`}
                    </Link>
                  </td>
                  <td data-label="Ultimate consignee">{application.form.ultimateConsignee?.name ?? '—'}</td>
                  <td data-label="Status">{statusName(application.outcome ?? application.status)}</td>
                  <td data-label="Days since registration">
                    {application.registeredAt ? daysSince(application.registeredAt, clock) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
