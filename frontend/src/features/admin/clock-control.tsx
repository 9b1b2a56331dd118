import { ApiProblem } from '../../lib/api-client';
import { PostForm } from '../../components/form/post-form';
import { useApiQuery } from '../../lib/use-api';

type ClockState = { now: string; offset?: string };

/**
 * Moves the application's and the process engine's clocks forward, for demonstrations and tests: shown only
 * where the clock is adjustable (`clearance.clock.adjustable=true`); elsewhere the endpoint does not exist.
 */
export function ClockControl() {
  const clock = useApiQuery<ClockState>('/api/admin/clock');
  if (clock.status === 'loading') {
    return null;
  }
  if (clock.status === 'failed') {
    return clock.problem instanceof ApiProblem && clock.problem.status === 404 ? null : (
      <p role="alert">{clock.problem.message}</p>
    );
  }
  return (
    <>
      <PostForm
        title="Clock (demonstrations and tests)"
        intro={`The application's clock reads ${clock.data.now.replace('T', ' ').slice(0, 16)}. Moving it runs whatever became due.`}
        path="/api/admin/clock"
        submitLabel="Move the clock forward"
        onDone={clock.reload}
        fields={[{ name: 'advanceDays', label: 'Days to move forward', kind: 'text' }]}
      />
    </>
  );
}
