import { Link } from 'react-router';

import { usePagedList } from '../../lib/use-paged-list';

type OverdueCase = {
  applicationId: string;
  controlNumber: string;
  processingDay: number;
  deadline: { kind: string; what: string; dueOn: string; agency: string | null };
};

/** Every open case past one of its deadlines, most overdue first, for the licensing analysts: paged by the server. */
export function OverdueList() {
  const { list: overdue, showMore, problem } = usePagedList<OverdueCase>('/api/staff/deadlines/overdue');
  return (
    <>
      <h1>Overdue cases</h1>
      {problem && <p role="alert">{problem}</p>}
      {overdue.status === 'loading' && <p role="status">Loading…</p>}
      {overdue.status === 'failed' && <p role="alert">{overdue.problem.message}</p>}
      {overdue.status === 'loaded' &&
        (overdue.items.length === 0 ? (
          <p>No case is past a deadline.</p>
        ) : (
          <>
            <table className="stacked-table">
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
                {overdue.items.map((entry) => (
                  <tr key={`${entry.applicationId}-${entry.deadline.kind}-${entry.deadline.agency ?? ''}-${entry.deadline.what}`} className="overdue">
                    <td data-label="Case">
                      <Link to={`/cases/${entry.applicationId}`}>{entry.controlNumber}</Link>
                    </td>
                    <td data-label="Day">{entry.processingDay}</td>
                    <td data-label="Deadline missed">
                      {entry.deadline.what}
                      {entry.deadline.agency ? ` (${entry.deadline.agency})` : ''} <strong className="badge-overdue">Overdue</strong>
                    </td>
                    <td data-label="Was due">{entry.deadline.dueOn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p role="status">
              {overdue.items.length} overdue deadline(s) shown{overdue.next === null ? '.' : '; more follow.'}
            </p>
            {overdue.next !== null && (
              <button type="button" disabled={overdue.more} onClick={() => void showMore()}>
                {overdue.more ? 'Loading more…' : 'Show more overdue cases'}
              </button>
            )}
          </>
        ))}
    </>
  );
}
