import { useApiQuery } from '../../lib/use-api';
import { statusName } from '../applications/types';

type Dashboard = {
  casesByStatus: Record<string, number>;
  overdueByStage: Record<string, number>;
  stageDurations: { stage: string; name: string; finished: number; medianDays: number }[];
};

/** Cases by status, overdue deadlines by stage, and a chart of the median days each stage takes. */
export function DashboardPanel() {
  const dashboard = useApiQuery<Dashboard>('/api/admin/dashboard');
  if (dashboard.status === 'loading') {
    return <p role="status">Loading the dashboard…</p>;
  }
  if (dashboard.status === 'failed') {
    return <p role="alert">{dashboard.problem.message}</p>;
  }
  const { casesByStatus, overdueByStage, stageDurations } = dashboard.data;
  const longest = Math.max(1, ...stageDurations.map((stage) => stage.medianDays));
  const barHeight = 28;
  return (
    <section aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">Dashboard</h2>
      <div className="side-by-side">
        <table>
          <caption>Cases by status</caption>
          <tbody>
            {Object.entries(casesByStatus).map(([status, count]) => (
              <tr key={status}>
                <th scope="row">{statusName(status)}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Overdue deadlines by stage</caption>
          <tbody>
            {Object.keys(overdueByStage).length === 0 ? (
              <tr>
                <td>None</td>
              </tr>
            ) : (
              Object.entries(overdueByStage).map(([stage, count]) => (
                <tr key={stage} className="overdue">
                  <th scope="row">{statusName(stage)}</th>
                  <td>{count}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <h3 id="median-heading">Median days per stage</h3>
      {stageDurations.length === 0 ? (
        <p>No stage has finished yet.</p>
      ) : (
        <svg
          role="img"
          aria-labelledby="median-heading"
          aria-describedby="median-values"
          width="100%"
          viewBox={`0 0 720 ${stageDurations.length * (barHeight + 8)}`}
          className="chart"
        >
          {stageDurations.map((stage, index) => {
            const width = Math.max(2, (stage.medianDays / longest) * 380);
            const y = index * (barHeight + 8);
            return (
              <g key={stage.stage}>
                <text x="0" y={y + barHeight * 0.7} fontSize="13" fill="#1b1f24">
                  {stage.name}
                </text>
                <rect x="280" y={y} width={width} height={barHeight} fill="#1d3a5f" />
                <text x={288 + width} y={y + barHeight * 0.7} fontSize="13" fill="#1b1f24">
                  {stage.medianDays} d
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <p id="median-values" className="visually-hidden">
        {stageDurations.map((stage) => `${stage.name}: ${stage.medianDays} days over ${stage.finished} tasks`).join('; ')}
      </p>
    </section>
  );
}
