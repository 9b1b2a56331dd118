import { useState } from 'react';
import { Link } from 'react-router';

import { useApiClient } from '../../lib/auth/identity-provider';
import { usePagedList } from '../../lib/use-paged-list';

export type Task = {
  id: string;
  type: string;
  name: string;
  applicationId: string;
  controlNumber: string | null;
  /** The group the task is offered to. */
  agency: string | null;
  organization?: string | null;
  applicantName?: string | null;
  destination?: string | null;
  eccns?: string[];
  totalValue?: number | null;
  processingDay?: number | null;
  created: string;
  due: string | null;
  /** Whether the task is past its due date on the server's business clock. */
  overdue?: boolean;
  assignee: string | null;
  referralId: string | null;
  assessmentId: string | null;
  /** What the person may do with the task now (CLAIM_TASK, RELEASE_TASK): the server's access policy. */
  allowedActions: string[];
};

/** The kinds of task, in words, as the queue filters them. */
export const TASK_TYPES: [string, string][] = [
  ['BIS_REVIEW', 'BIS review'],
  ['AGENCY_REVIEW', 'Agency review'],
  ['COMPONENT_ASSESSMENT', 'Component assessment'],
  ['DECISION', 'Final decision'],
  ['OC_DECISION', 'Operating Committee decision'],
  ['BOARD_VOTE', 'Board vote'],
  ['PRESIDENTIAL_DECISION', 'Presidential decision'],
  ['DENIAL_APPEAL', 'Denial appeal'],
  ['RETURN_FOR_NO_ANSWER', 'Return for no answer'],
  ['LADDER_DENIAL_NOTICE', 'Notice of a ladder denial'],
];

export type QueueFilter = { type: string; assignee: '' | 'mine' | 'unassigned'; overdue: boolean; text: string };

/** The queue's first page for the filter: the server sorts (overdue and soonest due first) and pages. */
export function queuePath(filter: QueueFilter): string {
  const query = new URLSearchParams();
  if (filter.type) query.set('type', filter.type);
  if (filter.assignee) query.set('assignee', filter.assignee);
  if (filter.overdue) query.set('overdue', 'true');
  if (filter.text.trim()) query.set('text', filter.text.trim());
  const search = query.toString();
  return '/api/staff/tasks' + (search ? `?${search}` : '');
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/**
 * The work of the person's agency (or role) as a queue: the server sorts, filters and pages it; each row names
 * the case's facts; claim and unclaim as the server allows on each task (administrators release anyone's claim).
 */
export function TaskList() {
  const api = useApiClient();
  const [filter, setFilter] = useState<QueueFilter>({ type: '', assignee: '', overdue: false, text: '' });
  const [version, setVersion] = useState(0);
  const [actionProblem, setProblem] = useState<string | null>(null);
  const { list: queue, showMore, problem: pagingProblem } = usePagedList<Task>(queuePath(filter), version);
  const problem = actionProblem ?? pagingProblem;

  const act = async (task: Task, action: 'claim' | 'unclaim') => {
    setProblem(null);
    try {
      await api.fetchJson(`/api/staff/tasks/${task.id}/${action}`, { method: 'POST' });
      setVersion((v) => v + 1);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <h1>Task list</h1>
      <form className="filters" role="search" aria-label="Filter the tasks" onSubmit={(event) => event.preventDefault()}>
        <div className="field inline">
          <label htmlFor="task-kind">Show</label>
          <select id="task-kind" value={filter.type} onChange={(event) => setFilter({ ...filter, type: event.target.value })}>
            <option value="">All tasks</option>
            {TASK_TYPES.map(([type, words]) => (
              <option key={type} value={type}>
                {words}
              </option>
            ))}
          </select>
        </div>
        <div className="field inline">
          <label htmlFor="task-assignee">Assigned to</label>
          <select
            id="task-assignee"
            value={filter.assignee}
            onChange={(event) => setFilter({ ...filter, assignee: event.target.value as QueueFilter['assignee'] })}
          >
            <option value="">Anyone or no one</option>
            <option value="mine">Me</option>
            <option value="unassigned">No one (unclaimed)</option>
          </select>
        </div>
        <div className="field inline">
          <input
            id="task-overdue"
            type="checkbox"
            checked={filter.overdue}
            onChange={(event) => setFilter({ ...filter, overdue: event.target.checked })}
          />
          <label htmlFor="task-overdue">Overdue only</label>
        </div>
        <div className="field inline">
          <label htmlFor="task-text">Case or applicant</label>
          <input id="task-text" type="search" value={filter.text} onChange={(event) => setFilter({ ...filter, text: event.target.value })} />
        </div>
      </form>
      {problem && <p role="alert">{problem}</p>}
      {queue.status === 'loading' && <p role="status">Loading your tasks…</p>}
      {queue.status === 'failed' && <p role="alert">{queue.problem.message}</p>}
      {queue.status === 'loaded' &&
        (queue.items.length === 0 ? (
          <p>No tasks.</p>
        ) : (
          <>
            <table className="stacked-table">
              <caption className="visually-hidden">Tasks, overdue first, then by due date</caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Applicant</th>
                  <th scope="col">Destination</th>
                  <th scope="col">Items</th>
                  <th scope="col">Value</th>
                  <th scope="col">Task</th>
                  <th scope="col">Due</th>
                  <th scope="col">Assignee</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((task) => (
                  <tr key={task.id} className={task.overdue ? 'overdue' : undefined}>
                    <td data-label="Case">
                      <Link to={`/cases/${task.applicationId}`}>{task.controlNumber ?? task.applicationId}</Link>
                    </td>
                    <td data-label="Applicant">{task.applicantName ?? task.organization ?? '—'}</td>
                    <td data-label="Destination">{task.destination ?? '—'}</td>
                    <td data-label="Items">{task.eccns && task.eccns.length > 0 ? task.eccns.join(', ') : '—'}</td>
                    <td data-label="Value">{task.totalValue == null ? '—' : money.format(task.totalValue)}</td>
                    <td data-label="Task">{task.name}</td>
                    <td data-label="Due">
                      {task.due ? task.due.slice(0, 10) : '—'}
                      {task.overdue && <strong className="badge-overdue"> Overdue</strong>}
                    </td>
                    <td data-label="Assignee">{task.assignee ?? 'Unclaimed'}</td>
                    <td data-label="Actions">
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
                ))}
              </tbody>
            </table>
            <p role="status">
              {queue.items.length} task(s) shown{queue.next === null ? '.' : '; more follow.'}
            </p>
            {queue.next !== null && (
              <button type="button" disabled={queue.more} onClick={() => void showMore()}>
                {queue.more ? 'Loading more tasks…' : 'Show more tasks'}
              </button>
            )}
          </>
        ))}
    </>
  );
}
