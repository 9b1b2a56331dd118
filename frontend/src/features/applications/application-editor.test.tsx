import { configure, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { alexApplicant, json } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { ApplicationEditor } from './application-editor';
import type { ApplicantCase } from './types';

/** Types the text into the field as one paste: what the editor keeps is the same, and it is fast. */
async function typeInto(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

// a loaded machine answers late; the screens are asynchronous throughout
configure({ asyncUtilTimeout: 5000 });

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

const EDITOR_ROUTES = ['/applications/new', '/applications/:id/edit/:step'];

function draft(form: ApplicantCase['form'] = {}): ApplicantCase {
  return {
    id: 'd-1', status: 'DRAFT', outcome: null, controlNumber: null, createdAt: '2026-12-01T15:00:00Z',
    updatedAt: '2026-12-01T15:00:00Z', registeredAt: null, form, openQuestions: [], answeredQuestions: [],
    intentToDeny: null, decision: null,
  };
}

/** The server's check, finding the given problems (of every step). */
function check(errors: { field: string; reason: string }[], sent?: unknown[]) {
  return async (request: Request) => {
    sent?.push(await request.json());
    return json({ errors });
  };
}

describe('The application editor', { timeout: 20_000 }, () => {
  it('lists every problem of the step at once, in plain words, linked to its field, and saves nothing', async () => {
    const saved: unknown[] = [];
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant, route: EDITOR_ROUTES, url: '/applications/new',
      answers: {
        '/api/applicant/applications/validation': check([
          { field: 'contact.name', reason: 'is required' },
          { field: 'contact.email', reason: 'is not an e-mail address' },
          { field: 'applicant.address', reason: 'is required' },
          { field: 'items[0].unitPrice', reason: 'is not a valid number' },
          { field: 'endUsers[0].name', reason: 'is required' },
        ]),
        '/api/applicant/applications': async (request) => {
          saved.push(await request.json());
          return json(draft(), 201);
        },
      },
    });
    await typeInto(await screen.findByLabelText('Contact email'), 'alex-at-acme');

    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ["Enter the contact's name", '#f-contact-name'],
      ["Enter the contact's email address in the right format, like name@example.com", '#f-contact-email'],
      ["Enter the applicant's address", '#f-applicant-address'],
    ]);
    const email = screen.getByLabelText('Contact email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/in the right format, like name@example.com/);
    expect(email).toHaveValue('alex-at-acme');
    expect(summary).not.toHaveTextContent(/contact\.|items\[/);
    await userEvent.click(links[0]);
    expect(screen.getByLabelText('Contact name')).toHaveFocus();
    expect(saved).toEqual([]);
    expect(document.title).toBe('Error: Applicant and contact – New application – Clearance');
  });

  it('saves a step without problems and opens the next step at its own address', async () => {
    const saved: Record<string, unknown>[] = [];
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant, route: EDITOR_ROUTES, url: '/applications/new',
      answers: {
        // problems of later steps do not hold this step back
        '/api/applicant/applications/validation': check([{ field: 'items[0].eccn', reason: 'is required' }]),
        '/api/applicant/applications': async (request) => {
          saved.push(await request.json());
          return json(draft({ contact: { name: 'Alex Applicant', phone: '', email: '' } }), 201);
        },
        '/api/applicant/applications/d-1': () => json(draft({ contact: { name: 'Alex Applicant', phone: '', email: '' } })),
      },
    });
    await typeInto(await screen.findByLabelText('Contact name'), 'Alex Applicant');

    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Parties' })).toBeInTheDocument();
    expect(saved[0]).toMatchObject({ contact: { name: 'Alex Applicant' } });
    expect(screen.getByText(/step 2 of 5/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1. Applicant and contact' })).toHaveAttribute('href', '/applications/d-1/edit/applicant');
  });

  it("dates the signature by the server's business day, not the browser's", async () => {
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant, route: EDITOR_ROUTES, url: '/applications/d-1/edit/signature',
      answers: {
        '/api/clock': () => json({ now: '2031-03-16T02:00:00Z', today: '2031-03-15', zone: 'America/New_York' }),
        '/api/applicant/applications/d-1': () => json(draft({ signature: { name: 'Alex', title: '', date: null as unknown as string } })),
      },
    });

    expect(await screen.findByLabelText('Date')).toHaveValue('2031-03-15');
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(/today is 15 March 2031 \(US Eastern time\)/);
    expect(screen.getByLabelText('Signed by (name)')).toHaveValue('Alex');
  });

  it('asks before leaving with unsaved changes, and warns before the page is unloaded', async () => {
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant, route: EDITOR_ROUTES, url: '/applications/new',
      answers: {},
    });
    const unload = new Event('beforeunload', { cancelable: true });
    fireEvent(window, unload);
    expect(unload.defaultPrevented).toBe(false);
    await typeInto(await screen.findByLabelText('Contact name'), 'Alex Applicant');

    await userEvent.click(screen.getByRole('link', { name: 'Back' }));

    const warning = await screen.findByRole('alertdialog', { name: 'You have changes that are not saved' });
    expect(within(warning).getByRole('button', { name: 'Stay on this page' })).toHaveFocus();
    await userEvent.click(within(warning).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByLabelText('Contact name')).toHaveValue('Alex Applicant');
    const again = new Event('beforeunload', { cancelable: true });
    fireEvent(window, again);
    expect(again.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByRole('link', { name: 'Back' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('Left the screen for /applications')).toBeInTheDocument();
  });

  it('moves between the steps of a draft without asking, keeping what was typed', async () => {
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant, route: EDITOR_ROUTES, url: '/applications/d-1/edit/applicant',
      answers: { '/api/applicant/applications/d-1': () => json(draft()) },
    });
    await typeInto(await screen.findByLabelText('Contact name'), 'Alex Applicant');

    await userEvent.click(screen.getByRole('link', { name: '2. Parties' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Parties' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Back' }));

    expect(await screen.findByLabelText('Contact name')).toHaveValue('Alex Applicant');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('looks the ECCN up and shows whether the items need a license to the destination while drafting', async () => {
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant, route: EDITOR_ROUTES, url: '/applications/d-1/edit/items',
      answers: {
        '/api/applicant/applications/d-1': () => json(draft({ ultimateConsignee: { name: 'Shenyang Tools', address: 'x', country: 'CN' } })),
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
    await typeInto(await screen.findByLabelText(/^ECCN/), '2B001.a');

    expect(await screen.findByRole('heading', { name: /License required\? A license is required/ }, { timeout: 3000 }))
      .toBeInTheDocument();
    expect(screen.getByText(/China has an X in NS2/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^ECCN/)).toHaveAccessibleDescription(
      /2B001: Machine tools and any combination thereof \(reasons for control: NS, NP, AT\)/,
    );
  });

  it('asks each end-use question as yes or no, sends the answers and shows a problem beside its question', async () => {
    const sent: Record<string, unknown>[] = [];
    renderSignedIn(<ApplicationEditor />, {
      person: alexApplicant, route: EDITOR_ROUTES, url: '/applications/d-1/edit/end-use',
      answers: {
        '/api/applicant/applications/d-1': () => json(draft()),
        '/api/applicant/applications/validation': check(
          [{ field: 'endUse.militaryEndUse', reason: 'answer yes or no: military end use (15 CFR 744.21)' }], sent),
      },
    });
    const nuclear = await screen.findByRole('group', { name: /nuclear explosive activities/ });
    await userEvent.click(within(nuclear).getByLabelText('No'));
    const chemical = screen.getByRole('group', { name: /chemical or biological weapons/ });
    await userEvent.click(within(chemical).getByLabelText('Yes'));

    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(sent[0].endUse).toEqual({
      nuclear: false,
      missile: null,
      chemicalBiological: true,
      militaryEndUse: null,
      militaryIntelligence: null,
      coveredRegionOfUkraine: null,
    });
    expect(screen.getByRole('group', { name: /military end use/ })).toHaveAccessibleDescription(
      /Select yes or no for the question on military end use or end users/,
    );
  });
});
