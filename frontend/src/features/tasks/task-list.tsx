import { useState } from 'react';
import { Link } from 'react-router';

import { useApiClient } from '../../lib/auth/identity-provider';
import { useApiQuery } from '../../lib/use-api';

export type Task = {
  id: string;
  type: string;
  name: string;
  applicationId: string;
  controlNumber: string | null;
  agency: string | null;
  created: string;
  due: string | null;
  assignee: string | null;
  referralId: string | null;
  assessmentId: string | null;
  /** What the person may do with the task now (CLAIM_TASK, RELEASE_TASK): the server's access policy. */
  allowedActions: string[];
};

/** Overdue tasks first, then the soonest due; tasks without a due date last. */
export function byUrgency(now: number) {
  return (a: Task, b: Task) => {
    const overdue = (task: Task) => (task.due !== null && new Date(task.due).getTime() < now ? 0 : 1);
    const due = (task: Task) => (task.due === null ? Number.MAX_SAFE_INTEGER : new Date(task.due).getTime());
    return overdue(a) - overdue(b) || due(a) - due(b);
  };
}

/**
 * The work of the person's agency (or role): filter by kind, claim and unclaim, open the case. Which tasks the
 * person may claim or release is the server's answer on each task (administrators release anyone's claim).
 */
export function TaskList() {
  const api = useApiClient();
  const tasks = useApiQuery<Task[]>('/api/staff/tasks');
  const [kind, setKind] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (task: Task, action: 'claim' | 'unclaim') => {
    setProblem(null);
    try {
      await api.fetchJson(`/api/staff/tasks/${task.id}/${action}`, { method: 'POST' });
      tasks.reload();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  if (tasks.status === 'loading') {
    return <p role="status">Loading your tasks…</p>;
  }
  if (tasks.status === 'failed') {
    return (
      <>
        <h1>Task list</h1>
        <p role="alert">{tasks.problem.message}</p>
      </>
    );
  }
  const now = Date.now();
  const kinds = [...new Set(tasks.data.map((task) => task.name))].sort();
  const shown = tasks.data.filter((task) => kind === '' || task.name === kind).sort(byUrgency(now));
  return (
    <>
      <h1>Task list</h1>
      <div className="field inline">
        <label htmlFor="task-kind">Show</label>
        <select id="task-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">All tasks ({tasks.data.length})</option>
          {kinds.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {shown.length === 0 ? (
        <p>No tasks.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Tasks, overdue first, then by due date</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Task</th>
              <th scope="col">Due</th>
              <th scope="col">Assignee</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((task) => {
              const overdue = task.due !== null && new Date(task.due).getTime() < now;
              return (
                <tr key={task.id} className={overdue ? 'overdue' : undefined}>
                  <td>
                    <Link to={`/cases/${task.applicationId}`}>{task.controlNumber ?? task.applicationId}</Link>
                  </td>
                  <td>{task.name}</td>
                  <td>
                    {task.due ? task.due.slice(0, 10) : '—'}
                    {overdue && <strong className="badge-overdue"> Overdue</strong>}
                  </td>
                  <td>{task.assignee ?? 'Unclaimed'}</td>
                  <td>
                    {task.allowedActions.includes('CLAIM_TASK') && (
                      <button type="button" onClick={() => void act(task, 'claim')}>
                        Claim {task.controlNumber ?? ''}
                      </button>
                    )}
                    {task.allowedActions.includes('RELEASE_TASK') && (
                      <button type="button" onClick={() => void act(task, 'unclaim')}>
                        Unclaim {task.controlNumber ?? ''}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
