import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { danDefense } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { PostForm } from './post-form';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

describe('A posting form', () => {
  it('sends only what was given, shows each refusal beside its field and keeps what was typed', async () => {
    const sent: unknown[] = [];
    const done = vi.fn();
    renderSignedIn(
      <PostForm
        title="Appeal the ruling"
        path="/api/staff/applications/1/appeals"
        submitLabel="File the appeal"
        onDone={done}
        fields={[
          { name: 'signatoryName', label: 'Signatory', kind: 'text' },
          { name: 'senateConfirmed', label: 'The signatory is Senate-confirmed', kind: 'checkbox' },
          { name: 'vote', label: 'Vote', kind: 'select', options: [{ value: 'APPROVED', label: 'Approve' }] },
        ]}
      />,
      {
        person: danDefense,
        route: '/cases/:id',
        url: '/cases/1',
        answers: {
          '/api/staff/applications/1/appeals': async (request) => {
            sent.push(await request.json());
            return new Response(JSON.stringify({ title: 'Bad Request', status: 400, detail: 'The appeal is invalid',
              errors: [{ field: 'senateConfirmed', reason: 'the signatory must be Senate-confirmed' }] }), {
              status: 400,
              headers: { 'Content-Type': 'application/problem+json' },
            });
          },
        },
      },
    );

    await userEvent.type(await screen.findByLabelText('Signatory'), 'Jane Official');
    await userEvent.click(screen.getByRole('button', { name: 'File the appeal' }));

    expect(await screen.findByText('the signatory must be Senate-confirmed', { selector: '.field-error' })).toBeInTheDocument();
    expect(screen.getByLabelText('Signatory')).toHaveValue('Jane Official');
    expect(sent).toEqual([{ signatoryName: 'Jane Official', senateConfirmed: false }]);
    expect(done).not.toHaveBeenCalled();
  });
});
