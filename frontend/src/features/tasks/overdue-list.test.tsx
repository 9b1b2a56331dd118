import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { danDefense, json, problem } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { OverdueList } from './overdue-list';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

const analyst = { ...danDefense, username: 'bianca', displayName: 'Bianca Analyst', roles: ['ANALYST'], agency: 'BIS' };

const overdue = (controlNumber: string, dueOn: string) => ({
  applicationId: `case-${controlNumber}`,
  controlNumber,
  processingDay: 12,
  deadline: { kind: 'BIS_REVIEW', what: 'BIS refers the case or acts on it', dueOn, agency: null },
});

describe('The overdue list', () => {
  it('shows the first page, adds the next one the Link header names, and keeps what it shows when a page fails', async () => {
    let pages = 0;
    const fetch = renderSignedIn(<OverdueList />, {
      person: analyst,
      route: '/overdue',
      url: '/overdue',
      answers: {
        '/api/staff/deadlines/overdue': () => {
          pages += 1;
          if (pages === 2) {
            return problem(500, 'Internal Server Error', 'Something went wrong');
          }
          return pages === 1
            ? new Response(JSON.stringify([overdue('D000001', '2026-11-20')]), {
                status: 200,
                headers: {
                  'Content-Type': 'application/json',
                  Link: '</api/staff/deadlines/overdue?after=cursor-1>; rel="next"',
                },
              })
            : json([overdue('D000002', '2026-11-21')]);
        },
      },
    });

    expect(await screen.findByRole('link', { name: 'D000001' })).toBeInTheDocument();
    expect(screen.getByText('1 overdue deadline(s) shown; more follow.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more overdue cases' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'D000001' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show more overdue cases' }));
    expect(await screen.findByRole('link', { name: 'D000002' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/api/staff/deadlines/overdue?after=cursor-1', expect.anything());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more overdue cases' })).not.toBeInTheDocument();
    expect(screen.getByText('2 overdue deadline(s) shown.')).toBeInTheDocument();
  });
});
