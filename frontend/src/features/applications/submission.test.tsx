import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { alexApplicant, json } from '../../testing/clearance-api';
import { renderSignedIn } from '../../testing/render-signed-in';
import { ApplicationsList } from './applications-list';
import { CheckAnswers, Confirmation, Declaration } from './submission';
import type { ApplicantCase } from './types';

// a loaded machine answers late; the screens are asynchronous throughout
configure({ asyncUtilTimeout: 5000 });

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

/** The page the address names, as the app's routes would choose it. */
function DeclarationOrConfirmation() {
  return useLocation().pathname.endsWith('/confirmation') ? <Confirmation /> : <Declaration />;
}

function application(changes: Partial<ApplicantCase> = {}): ApplicantCase {
  return {
    id: 'd-1', status: 'DRAFT', outcome: null, controlNumber: null, createdAt: '2026-12-08T03:00:00Z',
    updatedAt: '2026-12-08T03:00:00Z', registeredAt: null, openQuestions: [], answeredQuestions: [],
    intentToDeny: null, decision: null,
    form: {
      type: 'EXPORT',
      contact: { name: 'Alex Applicant', phone: '+1 202 555 0100', email: '' },
      ultimateConsignee: { name: 'Fraunhofer Institut', address: 'Hansastrasse 27c, Munich', country: 'DE' },
      items: [{ eccn: '3A001.a.1', model: 'MX-200', ccatsNumber: '', quantity: '10', units: 'EA', unitPrice: '1500.00',
        totalPrice: '15000.00', manufacturer: '', description: 'Detector', htsCode: '' }],
      signature: { name: 'Alex Applicant', title: 'Export Compliance Officer', date: '2026-12-07' },
    },
    ...changes,
  };
}

describe('Check your answers', { timeout: 20_000 }, () => {
  it('shows every answer with a link to change it, and the problems left, each linked to its field', async () => {
    renderSignedIn(<CheckAnswers />, {
      person: alexApplicant, route: '/applications/:id/check', url: '/applications/d-1/check',
      answers: {
        '/api/applicant/applications/d-1': () => json(application()),
        '/api/applicant/applications/validation': () => json({ errors: [{ field: 'purchaser.name', reason: 'is required' }] }),
      },
    });

    const summary = await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 4000 });
    expect(within(summary).getByRole('link', { name: "Enter the purchaser's name" }))
      .toHaveAttribute('href', '/applications/d-1/edit/parties#f-purchaser-name');
    const contact = screen.getByText('Contact name').closest('div')!;
    expect(contact).toHaveTextContent('Alex Applicant');
    expect(within(contact).getByRole('link', { name: 'Change contact name' }))
      .toHaveAttribute('href', '/applications/d-1/edit/applicant#f-contact-name');
    expect(screen.getByText('Date').closest('div')).toHaveTextContent('7 December 2026');
    expect(screen.queryByRole('link', { name: 'Continue to the declaration' })).not.toBeInTheDocument();
  });

  it('leads to the declaration once the server finds no problem', async () => {
    renderSignedIn(<CheckAnswers />, {
      person: alexApplicant, route: '/applications/:id/check', url: '/applications/d-1/check',
      answers: {
        '/api/applicant/applications/d-1': () => json(application()),
        '/api/applicant/applications/validation': () => json({ errors: [] }),
      },
    });

    expect(await screen.findByRole('link', { name: 'Continue to the declaration' }, { timeout: 4000 }))
      .toHaveAttribute('href', '/applications/d-1/declaration');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('The declaration', { timeout: 20_000 }, () => {
  it('submits only once the applicant confirms it, then shows the confirmation with the control number', async () => {
    let submitted = 0;
    let current = application();
    renderSignedIn(<DeclarationOrConfirmation />, {
      person: alexApplicant, route: ['/applications/:id/declaration', '/applications/:id/confirmation'],
      url: '/applications/d-1/declaration',
      answers: {
        '/api/applicant/applications/d-1': () => json(current),
        '/api/applicant/applications/d-1/submit': () => {
          submitted++;
          current = application({ status: 'UNDER_REVIEW', controlNumber: 'D123456', registeredAt: '2026-12-08T03:10:00Z' });
          return json(current);
        },
      },
    });
    const accept = await screen.findByRole('button', { name: 'Accept and submit the application' }, { timeout: 4000 });
    await userEvent.click(accept);

    const summary = await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 4000 });
    expect(within(summary).getByRole('link', { name: 'Confirm the declaration to submit the application' }))
      .toHaveAttribute('href', '#f-declaration');
    expect(submitted).toBe(0);

    await userEvent.click(screen.getByLabelText('I confirm the declaration above'));
    await userEvent.click(screen.getByRole('button', { name: 'Accept and submit the application' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Application submitted' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText('D123456')).toBeInTheDocument();
    // registered at 03:10 UTC on 8 December: still 7 December in US Eastern time
    expect(screen.getByText(/registered your application on 7 December 2026/)).toBeInTheDocument();
    expect(screen.getByText(/90 calendar days from registration \(15 CFR 750\.4\(a\)\(1\)\)/)).toBeInTheDocument();
    expect(submitted).toBe(1);
  });

  it('shows a refusal of the submission in plain words, linked to the step to correct', async () => {
    renderSignedIn(<Declaration />, {
      person: alexApplicant, route: '/applications/:id/declaration', url: '/applications/d-1/declaration',
      answers: {
        '/api/applicant/applications/d-1': () => json(application()),
        '/api/applicant/applications/d-1/submit': () => new Response(JSON.stringify({ title: 'Invalid request', status: 400,
          detail: 'The application is not complete', errors: [{ field: 'items[0].totalPrice', reason: 'is required' }] }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
      },
    });
    await userEvent.click(await screen.findByLabelText('I confirm the declaration above'));
    await userEvent.click(screen.getByRole('button', { name: 'Accept and submit the application' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 4000 });
    expect(within(summary).getByRole('link', { name: 'Enter the total price of item 1' }))
      .toHaveAttribute('href', '/applications/d-1/edit/items#f-items-0-totalPrice');
  });
});

describe("The applicant's applications", { timeout: 20_000 }, () => {
  it("counts the days since registration and dates drafts by the server's business day", async () => {
    renderSignedIn(<ApplicationsList />, {
      person: alexApplicant, route: '/applications', url: '/applications',
      answers: {
        '/api/applicant/applications': () => json([
          application(),
          application({ id: 'r-1', status: 'UNDER_REVIEW', controlNumber: 'D654321', registeredAt: '2026-12-02T15:00:00Z' }),
        ]),
      },
    });

    const registered = (await screen.findByRole('link', { name: 'D654321' })).closest('tr')!;
    expect(within(registered).getAllByRole('cell')[3]).toHaveTextContent('5');
    expect(screen.getByRole('link', { name: 'Draft started 7 December 2026' })).toHaveAttribute('href', '/applications/d-1');
    expect(document.title).toBe('Your applications – Clearance');
  });
});
