import { Link } from 'react-router';

import { useApiQuery } from '../../lib/use-api';

type OverdueCase = {
  applicationId: string;
  controlNumber: string;
  processingDay: number;
  deadline: { what: string; dueOn: string; agency: string | null };
};

/** Every open case past one of its deadlines, for the licensing analysts. */
export function OverdueList() {
  const overdue = useApiQuery<OverdueCase[]>('/api/staff/deadlines/overdue');
  return (
    <>
      <h1>Overdue cases</h1>
      {overdue.status === 'loading' && <p role="status">Loading…</p>}
      {overdue.status === 'failed' && <p role="alert">{overdue.problem.message}</p>}
      {overdue.status === 'loaded' &&
        (overdue.data.length === 0 ? (
          <p>No case is past a deadline.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Cases past a deadline</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Day</th>
                <th scope="col">Deadline missed</th>
                <th scope="col">Was due</th>
              </tr>
            </thead>
            <tbody>
              {overdue.data.map((entry) => (
                <tr key={`${entry.applicationId}-${entry.deadline.what}`} className="overdue">
                  <td>
                    <Link to={`/cases/${entry.applicationId}`}>{entry.controlNumber}</Link>
                  </td>
                  <td>{entry.processingDay}</td>
                  <td>
                    {entry.deadline.what}
                    {entry.deadline.agency ? ` (${entry.deadline.agency})` : ''} <strong className="badge-overdue">Overdue</strong>
                  </td>
                  <td>{entry.deadline.dueOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
