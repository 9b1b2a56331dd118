import { useApiQuery } from '../../lib/use-api';
import { agencyName, inWords } from '../../lib/words';
import type { TimelineEntry } from './types';

/** Everything that happened to the case, oldest first, with who did it. */
export function Timeline({ applicationId }: { applicationId: string }) {
  const timeline = useApiQuery<TimelineEntry[]>(`/api/staff/applications/${applicationId}/timeline`);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {timeline.status === 'loading' && <p role="status">Loading the timeline…</p>}
      {timeline.status === 'failed' && <p role="alert">{timeline.problem.message}</p>}
      {timeline.status === 'loaded' && (
        <ol className="timeline">
          {timeline.data.map((entry) => (
            <li key={entry.sequence}>
              <time dateTime={entry.at}>{entry.at.replace('T', ' ').slice(0, 16)}</time> {inWords(entry.action)} by{' '}
              {entry.actorName || entry.actor}
              {entry.agency ? ` (${agencyName(entry.agency)})` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
