import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { danDefense, json } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { ReturnBlocksPanel } from './return-blocks-panel';
import type { ReturnBlock } from './types';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

const biancaAnalyst = { ...danDefense, username: 'bianca', displayName: 'Bianca Analyst', roles: ['ANALYST'], agency: 'BIS',
  component: null };

const returned: ReturnBlock = {
  agency: 'DOD',
  referralId: 'referral-1',
  positionId: 'position-1',
  missingInformation: 'Pixel pitch and frame rate.',
  returnedBy: 'dan',
  returnedAt: '2026-12-01T10:00:00Z',
  supplied: [],
  mustAct: 'BIS',
  nextStep: 'BIS supplies what DOD said is missing, or returns the application without action',
};

describe('The return-without-action block', () => {
  it('tells the analyst that BIS must act and sends what BIS supplies to the returning agency', async () => {
    const sent: unknown[] = [];
    const changed = vi.fn();
    renderSignedIn(
      <ReturnBlocksPanel blocks={[returned]} onChanged={changed} allowedActions={[{ action: 'SUPPLY_INFORMATION',
        method: 'POST', path: '/api/staff/positions/position-1/supplied-information', targetId: 'position-1', task: null }]} />,
      {
        person: biancaAnalyst,
        route: '/cases/:id',
        url: '/cases/1',
        answers: {
          '/api/staff/positions/position-1/supplied-information': async (request) => {
            sent.push(await request.json());
            return json({ id: 'answer-1' }, 201);
          },
        },
      },
    );

    expect(await screen.findByText('Decision blocked: information missing')).toBeInTheDocument();
    expect(screen.getByText('Waiting on BIS:')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the position' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('What BIS supplies'), 'Data sheet uploaded.');
    await userEvent.click(screen.getByRole('button', { name: 'Send to DOD' }));

    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(sent).toEqual([{ information: 'Data sheet uploaded.' }]);
  });

  it('lets the returning agency record a new position when the case view allows it, and nothing else', async () => {
    const answered: ReturnBlock = { ...returned, mustAct: 'DOD', nextStep: 'DOD records a new position on the information BIS supplied',
      supplied: [{ id: 'answer-1', positionId: 'position-1', referralId: 'referral-1', agency: 'DOD',
        information: 'Data sheet uploaded.', suppliedBy: 'bianca', suppliedAt: '2026-12-02T10:00:00Z' }] };
    renderSignedIn(
      <ReturnBlocksPanel blocks={[answered]} onChanged={() => {}} allowedActions={[{ action: 'RECORD_POSITION',
        method: 'POST', path: '/api/staff/referrals/referral-1/position', targetId: 'referral-1', task: null }]} />,
      { person: danDefense, route: '/cases/:id', url: '/cases/1', answers: {} },
    );

    expect(await screen.findByText('Waiting on DOD:')).toBeInTheDocument();
    expect(screen.getByText(/Data sheet uploaded\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record the position' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send to DOD' })).not.toBeInTheDocument();
  });
});
