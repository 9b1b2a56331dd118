import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  danDefense,
  json,
  keycloakConfiguration,
  peopleByAccessToken,
  stubClearanceApi,
} from '../testing/clearance-api';
import { FakeUserManager, userWithAccessToken } from '../testing/fake-user-manager';
import { App } from './App';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../testing/fake-user-manager')).FakeUserManager,
}));

/** Renders the app and waits until it knows whether someone is signed in. */
async function renderApp() {
  render(<App />);
  await screen.findByRole('button', { name: /^Sign (in|out)$/ });
}

beforeEach(() => {
  FakeUserManager.reset();
  stubClearanceApi({
    '/api/identity/configuration': () => json(keycloakConfiguration),
    '/api/me': peopleByAccessToken({ 'token-of-dan': danDefense }),
  });
});

describe('App landing page', () => {
  it('names the product in the only level-one heading', async () => {
    await renderApp();

    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent('Clearance — interagency export license review');
  });

  it('describes the interagency referral process', async () => {
    await renderApp();

    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(/exporters submit license applications/i);
    expect(main).toHaveTextContent(/Bureau of Industry and Security/);
    for (const agency of ['Defense', 'State', 'Energy', 'Justice']) {
      expect(main).toHaveTextContent(agency);
    }
  });

  it('links to the API documentation, OpenAPI document and Camunda Cockpit', async () => {
    await renderApp();

    const nav = screen.getByRole('navigation', { name: 'Tools' });
    expect(within(nav).getByRole('link', { name: 'API documentation' })).toHaveAttribute(
      'href',
      '/swagger-ui/index.html',
    );
    expect(within(nav).getByRole('link', { name: 'OpenAPI specification' })).toHaveAttribute(
      'href',
      '/v3/api-docs',
    );
    expect(within(nav).getByRole('link', { name: 'Camunda Cockpit' })).toHaveAttribute(
      'href',
      '/camunda/app/cockpit/',
    );
  });

  it('exposes banner, main and contentinfo landmarks', async () => {
    await renderApp();

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('offers to sign in from the header', async () => {
    await renderApp();

    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: 'Sign in' }),
    ).toBeInTheDocument();
  });

  it('shows in the header who is signed in', async () => {
    FakeUserManager.storedUser = userWithAccessToken('token-of-dan');

    await renderApp();

    const banner = screen.getByRole('banner');
    const signedInUser = within(banner).getByRole('region', { name: 'Signed-in user' });
    expect(within(signedInUser).getByRole('definition', { name: 'Name' })).toHaveTextContent(
      'Dan Defense',
    );
  });
});
