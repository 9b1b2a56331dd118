import { formatMoment, useBusinessDay } from '../../lib/business-clock';
import { useApiQuery } from '../../lib/use-api';
import { statusName } from './types';

type Entry = { sequence: number; at: string; action: string; by: string };

/** The application's history as the applicant may see it (read again whenever the page gives it a new key). */
export function ApplicantTimeline({ applicationId }: { applicationId: string }) {
  const timeline = useApiQuery<Entry[]>(`/api/applicant/applications/${applicationId}/timeline`);
  const clock = useBusinessDay();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {timeline.status === 'failed' && <p role="alert">{timeline.problem.message}</p>}
      {timeline.status === 'loaded' && clock && (
        <ol className="timeline">
          {timeline.data.map((entry) => (
            <li key={entry.sequence}>
              <time dateTime={entry.at}>{formatMoment(entry.at, clock)}</time> {statusName(entry.action)} by {entry.by}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
