import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { danDefense, json } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { TaskList, type Task } from './task-list';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

const task = (id: string, controlNumber: string, due: string | null, assignee: string | null = null): Task => ({
  id,
  type: 'AGENCY_REVIEW',
  name: 'Agency review',
  applicationId: `case-${id}`,
  controlNumber,
  agency: 'DOD',
  created: '2026-11-01T10:00:00Z',
  due,
  assignee,
  referralId: `referral-${id}`,
  assessmentId: null,
  allowedActions: [assignee === null ? 'CLAIM_TASK' : 'RELEASE_TASK'],
});

describe('The task list', () => {
  it('shows the queue in the server\'s order with each case\'s facts, marking the overdue ones in words', async () => {
    renderSignedIn(<TaskList />, {
      person: danDefense,
      route: '/tasks',
      url: '/tasks',
      answers: {
        '/api/staff/tasks': () =>
          json([
            { ...task('3', 'D000002', '2020-01-01T00:00:00Z'), overdue: true, applicantName: 'Acme Exports',
              destination: 'CN', eccns: ['3A001.a.1'], totalValue: 15102 },
            task('4', 'D000004', '2999-01-10T00:00:00Z'),
            task('2', 'D000001', null),
          ]),
      },
    });

    const rows = await screen.findAllByRole('row');
    const cases = rows.slice(1).map((row) => within(row).getAllByRole('cell')[0].textContent);
    expect(cases).toEqual(['D000002', 'D000004', 'D000001']);
    expect(within(rows[1]).getByText('Overdue')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Acme Exports')).toBeInTheDocument();
    expect(within(rows[1]).getByText('3A001.a.1')).toBeInTheDocument();
    expect(within(rows[1]).getByText('$15,102')).toBeInTheDocument();
    expect(within(rows[2]).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('asks the server for the filtered queue and follows its Link header for more tasks', async () => {
    let pages = 0;
    const fetch = renderSignedIn(<TaskList />, {
      person: danDefense,
      route: '/tasks',
      url: '/tasks',
      answers: {
        '/api/staff/tasks': () => {
          pages += 1;
          return pages === 1
            ? new Response(JSON.stringify([task('1', 'D000001', null)]), {
                status: 200,
                headers: { 'Content-Type': 'application/json', Link: '</api/staff/tasks?after=abc>; rel="next"' },
              })
            : json([task('2', 'D000002', null)]);
        },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Show more tasks' }));
    expect(await screen.findByRole('link', { name: 'D000002' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'D000001' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/api/staff/tasks?after=abc', expect.anything());
    expect(screen.queryByRole('button', { name: 'Show more tasks' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Assigned to'), 'unassigned');
    await userEvent.click(screen.getByLabelText('Overdue only'));
    expect(fetch).toHaveBeenCalledWith('/api/staff/tasks?assignee=unassigned&overdue=true', expect.anything());
  });

  it('claims an unclaimed task and shows it as the person’s own', async () => {
    let claimed = false;
    const fetch = renderSignedIn(<TaskList />, {
      person: danDefense,
      route: '/tasks',
      url: '/tasks',
      answers: {
        '/api/staff/tasks': () => json([task('7', 'D000007', null, claimed ? 'dan' : null)]),
        '/api/staff/tasks/7/claim': () => {
          claimed = true;
          return new Response(null, { status: 204 });
        },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Claim D000007' }));

    expect(await screen.findByRole('button', { name: 'Unclaim D000007' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/api/staff/tasks/7/claim', expect.objectContaining({ method: 'POST' }));
  });

  it('offers only what the server allows on each task: nothing on a task someone else claimed', async () => {
    renderSignedIn(<TaskList />, {
      person: danDefense,
      route: '/tasks',
      url: '/tasks',
      answers: {
        '/api/staff/tasks': () => json([{ ...task('8', 'D000008', null, 'erin'), allowedActions: [] }]),
      },
    });

    expect(await screen.findByText('erin')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Claim|Unclaim/ })).not.toBeInTheDocument();
  });
});
