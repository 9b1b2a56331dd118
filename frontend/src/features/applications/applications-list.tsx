import { Link } from 'react-router';

import { useApiQuery } from '../../lib/use-api';
import { statusName, type ApplicantCase } from './types';

/** The applicant's organization's applications, newest first, with where each stands. */
export function ApplicationsList() {
  const cases = useApiQuery<ApplicantCase[]>('/api/applicant/applications');
  return (
    <>
      <h1>Your organization's applications</h1>
      <p>
        <Link className="button" to="/applications/new">
          Start a new application
        </Link>
      </p>
      {cases.status === 'loading' && <p role="status">Loading applications…</p>}
      {cases.status === 'failed' && <p role="alert">{cases.problem.message}</p>}
      {cases.status === 'loaded' &&
        (cases.data.length === 0 ? (
          <p>No applications yet.</p>
        ) : (
          <table>
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
                  <td>
                    <Link to={`/applications/${application.id}`}>
                      {application.controlNumber ?? `Draft of ${application.createdAt.slice(0, 10)}`}
                    </Link>
                  </td>
                  <td>{application.form.ultimateConsignee?.name ?? '—'}</td>
                  <td>{statusName(application.outcome ?? application.status)}</td>
                  <td>{daysSince(application.registeredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}

function daysSince(instant: string | null): string {
  if (!instant) {
    return '—';
  }
  return String(Math.floor((Date.now() - new Date(instant).getTime()) / 86_400_000));
}
