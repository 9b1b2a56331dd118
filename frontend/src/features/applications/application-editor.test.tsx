import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { alexApplicant, json } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { ApplicationEditor } from './application-editor';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

function refused(errors: { field: string; reason: string }[]) {
  return new Response(JSON.stringify({ title: 'Bad Request', status: 400, detail: 'The draft is invalid', errors }), {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('The application editor', () => {
  it('shows each refusal next to its field and keeps everything typed', async () => {
    const sent: unknown[] = [];
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant,
      route: '/applications/new',
      url: '/applications/new',
      answers: {
        '/api/applicant/applications': async (request) => {
          sent.push(await request.json());
          return refused([{ field: 'contact.email', reason: 'must be an email address such as name@example.com' }]);
        },
      },
    });
    await userEvent.type(await screen.findByLabelText('Contact name'), 'Alex Applicant');
    await userEvent.type(screen.getByLabelText('Contact email'), 'alex-at-acme');

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    await screen.findByRole('alert');
    const email = screen.getByLabelText('Contact email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/must be an email address such as name@example.com/);
    expect(screen.getByLabelText('Contact name')).toHaveValue('Alex Applicant');
    expect(email).toHaveValue('alex-at-acme');
    expect(sent[0]).toMatchObject({ contact: { name: 'Alex Applicant', email: 'alex-at-acme' } });
  });

  it('marks the step that holds a refused field', async () => {
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant,
      route: '/applications/new',
      url: '/applications/new',
      answers: {
        '/api/applicant/applications': () => refused([{ field: 'items[0].eccn', reason: 'must be an ECCN such as 3A001.a.1' }]),
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('button', { name: /3\. Items\s*\(needs correction\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^1\. Applicant and contact$/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /3\. Items/ }));
    expect(screen.getByLabelText(/^ECCN/)).toHaveAccessibleDescription(/must be an ECCN such as 3A001.a.1/);
  });

  it('looks the ECCN up and shows whether the items need a license to the destination while drafting', async () => {
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant,
      route: '/applications/new',
      url: '/applications/new',
      answers: {
        '/api/applicant/eccns': (request) =>
          json(new URL(request.url).searchParams.get('query') === '2B001'
            ? [{ eccn: '2B001', heading: 'Machine tools and any combination thereof', reasonsForControl: ['NS', 'NP', 'AT'] }]
            : []),
        '/api/applicant/license-requirement': () =>
          json({
            answer: 'LICENSE_REQUIRED',
            explanation: 'A license is required to China.',
            items: [{ eccn: '2B001.a', answer: 'LICENSE_REQUIRED', heading: null,
              explanation: 'A license is required for 2B001.a to China: China has an X in NS2.' }],
          }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /2\. Parties/ }));
    await userEvent.type(screen.getByLabelText('Ultimate consignee country'), 'cn');
    await userEvent.click(screen.getByRole('button', { name: /3\. Items/ }));
    await userEvent.type(screen.getByLabelText(/^ECCN/), '2B001.a');

    expect(await screen.findByRole('heading', { name: /License required\? A license is required/ }, { timeout: 3000 }))
      .toBeInTheDocument();
    expect(screen.getByText(/China has an X in NS2/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^ECCN/)).toHaveAccessibleDescription(
      /2B001: Machine tools and any combination thereof \(reasons for control: NS, NP, AT\)/,
    );
  });

  it('asks each end-use question as yes or no, sends the answers and shows a refusal beside its question', async () => {
    const sent: Record<string, unknown>[] = [];
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant,
      route: '/applications/new',
      url: '/applications/new',
      answers: {
        '/api/applicant/applications': async (request) => {
          sent.push(await request.json());
          return refused([{ field: 'endUse.militaryEndUse', reason: 'answer yes or no (15 CFR 744.21)' }]);
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /4\. End use/ }));
    const nuclear = screen.getByRole('group', { name: /nuclear explosive activities/ });
    await userEvent.click(within(nuclear).getByLabelText('No'));
    const chemical = screen.getByRole('group', { name: /chemical or biological weapons/ });
    await userEvent.click(within(chemical).getByLabelText('Yes'));

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    await screen.findByRole('alert');
    expect(sent[0].endUse).toEqual({
      nuclear: false,
      missile: null,
      chemicalBiological: true,
      militaryEndUse: null,
      militaryIntelligence: null,
      coveredRegionOfUkraine: null,
    });
    expect(screen.getByRole('group', { name: /military end use/ })).toHaveAccessibleDescription(/15 CFR 744\.21/);
  });
});
