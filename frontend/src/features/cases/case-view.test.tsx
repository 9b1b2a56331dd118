import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { danDefense, json } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import type { AllowedAction } from './allowed-actions';
import { CaseView } from './case-view';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

const biancaAnalyst = { ...danDefense, username: 'bianca', displayName: 'Bianca Analyst', roles: ['ANALYST'], agency: 'BIS',
  component: null };

/** An agreed case waiting for BIS's decision, with the actions the server allows the reader. */
const agreedCase = (allowedActions: AllowedAction[]) => ({
  application: { id: '1', status: 'IN_RECONCILIATION', outcome: null, controlNumber: 'A000001', form: {} },
  reviews: [], returnBlocks: [], reconciliation: null, proposedConditions: [], referrals: [], decision: null,
  openTasks: [{ id: 'task-1', type: 'DECISION', name: 'Decide (licensing analyst)', applicationId: '1',
    controlNumber: 'A000001', agency: 'BIS', created: '2026-12-01T10:00:00Z', due: null, assignee: null,
    referralId: null, assessmentId: null, allowedActions: [] }],
  clock: null, ladder: { rulings: [], appeals: [] }, intentToDeny: null, classification: null, screening: null,
  allowedActions,
});

const decide: AllowedAction = { action: 'DECIDE', method: 'POST', path: '/api/staff/applications/1/decision',
  targetId: null, task: 'DECISION' };

function showCase(allowedActions: AllowedAction[]) {
  renderSignedIn(<CaseView />, {
    person: biancaAnalyst,
    route: '/cases/:id',
    url: '/cases/1',
    answers: {
      '/api/staff/applications/1': () => json(agreedCase(allowedActions)),
      '/api/staff/applications/1/documents': () => json([]),
      '/api/staff/applications/1/timeline': () => json([]),
      '/api/staff/applications/1/process': () => json({ title: 'Not found', detail: 'No process' }, 404),
    },
  });
}

describe('The staff case view', () => {
  it('offers what the server allows the person now', async () => {
    showCase([decide]);

    expect(await screen.findByRole('heading', { name: 'Decide the case' })).toBeInTheDocument();
  });

  it('offers nothing the server does not allow, whatever the person\u2019s roles and the open tasks', async () => {
    showCase([]);

    expect(await screen.findByRole('heading', { name: 'Case A000001' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Decide the case' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Issue an intent to deny' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Upload/ })).not.toBeInTheDocument();
  });
});
