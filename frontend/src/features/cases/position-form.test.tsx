import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { danDefense, json } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { adoptions, PositionForm } from './position-form';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

describe("DoD's position form", () => {
  it("adopts a component's recommended condition by reference, beside the conditions typed", async () => {
    const sent: unknown[] = [];
    const recorded = vi.fn();
    renderSignedIn(
      <PositionForm referralId="referral-1" agency="DOD" onRecorded={recorded}
        recommendations={[{ assessmentId: 'army-1', component: 'ARMY', conditions: ['No reexport.', 'Post-shipment verification.'] }]} />,
      {
        person: danDefense,
        route: '/cases/:id',
        url: '/cases/1',
        answers: {
          '/api/staff/referrals/referral-1/position': async (request) => {
            sent.push(await request.json());
            return json({ id: 'position-1' }, 201);
          },
        },
      },
    );

    expect(screen.queryByText('Post-shipment verification. (recommended by ARMY)')).not.toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText('Position'), 'APPROVE_WITH_CONDITIONS');
    await userEvent.click(screen.getByLabelText('Post-shipment verification. (recommended by ARMY)'));
    await userEvent.type(screen.getByLabelText('Rationale'), 'The Army concurs.');
    await userEvent.type(screen.getByLabelText('Other conditions (one per line)'), 'Annual report.');
    await userEvent.click(screen.getByRole('button', { name: 'Record the position' }));

    await vi.waitFor(() => expect(recorded).toHaveBeenCalled());
    expect(sent).toEqual([{ type: 'APPROVE_WITH_CONDITIONS', rationale: 'The Army concurs.', conditions: ['Annual report.'],
      adoptedConditions: [{ assessmentId: 'army-1', condition: 2 }] }]);
  });

  it('sends the ticked recommendations as assessment and place, from 1', () => {
    expect(adoptions(['a/1', 'b/3'])).toEqual([{ assessmentId: 'a', condition: 1 }, { assessmentId: 'b', condition: 3 }]);
  });
});
