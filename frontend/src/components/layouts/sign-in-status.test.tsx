import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { ErrorResponse } from 'oidc-client-ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { IdentityProvider } from '../../lib/auth/identity-provider';
import {
  alexApplicant,
  danDefense,
  json,
  keycloakConfiguration,
  peopleByAccessToken,
  problem,
  stubClearanceApi,
  unreachable,
} from '../../testing/clearance-api';
import { FakeUserManager, userWithAccessToken } from '../../testing/fake-user-manager';
import { SignInStatus } from './sign-in-status';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../../testing/fake-user-manager')).FakeUserManager,
}));

function renderSignInStatus() {
  return render(
    <IdentityProvider>
      <SignInStatus />
    </IdentityProvider>,
  );
}

function stubClearanceWith(people: Parameters<typeof peopleByAccessToken>[0] = {}) {
  return stubClearanceApi({
    '/api/identity/configuration': () => json(keycloakConfiguration),
    '/api/me': peopleByAccessToken(people),
  });
}

function signedInUser() {
  return screen.findByRole('region', { name: 'Signed-in user' });
}

function detail(region: HTMLElement, term: string) {
  return within(region).getByRole('definition', { name: term });
}

beforeEach(() => {
  FakeUserManager.reset();
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('signing in', () => {
  it('signs in at the issuer and as the client that Clearance publishes, returning to the app root', async () => {
    window.history.replaceState(null, '', '/cases/open?page=2');
    const fetch = stubClearanceWith();

    renderSignInStatus();

    await screen.findByRole('button', { name: 'Sign in' });
    expect(fetch).toHaveBeenCalledWith('/api/identity/configuration', expect.anything());
    expect(FakeUserManager.created).toHaveLength(1);
    expect(FakeUserManager.created[0].settings).toMatchObject({
      authority: 'http://127.0.0.1:8180/realms/clearance',
      client_id: 'clearance-web',
      scope: 'openid profile email',
      response_type: 'code',
      redirect_uri: `${window.location.origin}/`,
      post_logout_redirect_uri: `${window.location.origin}/`,
    });
  });

  it('offers to sign in when nobody is signed in, and leaves for the identity provider on click', async () => {
    stubClearanceWith();
    const signinRedirect = vi.spyOn(FakeUserManager.prototype, 'signinRedirect');
    renderSignInStatus();

    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(signinRedirect).toHaveBeenCalledOnce();
    expect(screen.queryByRole('region', { name: 'Signed-in user' })).not.toBeInTheDocument();
  });

  it('says that sign-in is under way while the authorization code is redeemed', async () => {
    window.history.replaceState(null, '', '/?code=auth-code&state=state-id');
    stubClearanceWith();
    vi.spyOn(FakeUserManager.prototype, 'signinRedirectCallback').mockReturnValue(
      new Promise(() => {}),
    );

    renderSignInStatus();

    expect(await screen.findByRole('status')).toHaveTextContent('Signing in…');
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('completes the sign-in on return from the identity provider and removes code and state from the address', async () => {
    window.history.replaceState(
      null,
      '',
      '/?tab=queue&state=state-id&session_state=sso-session&iss=http%3A%2F%2F127.0.0.1%3A8180%2Frealms%2Fclearance&code=auth-code',
    );
    stubClearanceWith({ 'token-of-dan': danDefense });
    FakeUserManager.userAtIdentityProvider = userWithAccessToken('token-of-dan');
    const signinRedirectCallback = vi.spyOn(FakeUserManager.prototype, 'signinRedirectCallback');

    renderSignInStatus();

    const region = await signedInUser();
    expect(detail(region, 'Name')).toHaveTextContent('Dan Defense');
    expect(signinRedirectCallback).toHaveBeenCalledWith(expect.stringContaining('code=auth-code'));
    expect(window.location.pathname + window.location.search).toBe('/?tab=queue');
  });

  it('redeems the authorization code once, although React runs effects twice in development', async () => {
    window.history.replaceState(null, '', '/?code=auth-code&state=state-id');
    stubClearanceWith({ 'token-of-dan': danDefense });
    FakeUserManager.userAtIdentityProvider = userWithAccessToken('token-of-dan');
    const signinRedirectCallback = vi.spyOn(FakeUserManager.prototype, 'signinRedirectCallback');

    render(
      <StrictMode>
        <IdentityProvider>
          <SignInStatus />
        </IdentityProvider>
      </StrictMode>,
    );

    await signedInUser();
    expect(signinRedirectCallback).toHaveBeenCalledOnce();
  });

  it('reports a sign-in the identity provider refused, and offers to sign in again', async () => {
    window.history.replaceState(null, '', '/?error=access_denied&state=state-id');
    stubClearanceWith();
    vi.spyOn(FakeUserManager.prototype, 'signinRedirectCallback').mockRejectedValue(
      new ErrorResponse({ error: 'access_denied', error_description: 'User denied consent' }),
    );

    renderSignInStatus();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in could not be completed: the sign-in service answered "User denied consent".',
    );
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('says so when the identity provider cannot be reached', async () => {
    stubClearanceWith();
    vi.spyOn(FakeUserManager.prototype, 'signinRedirect').mockRejectedValue(
      new TypeError('Failed to fetch'),
    );
    renderSignInStatus();

    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in could not start: the sign-in service at http://127.0.0.1:8180/realms/clearance could not be reached (Failed to fetch).',
    );
  });
});

describe('the signed-in person', () => {
  it('shows the name, the roles in words and the agency with its component, as Clearance knows them from the access token', async () => {
    FakeUserManager.storedUser = userWithAccessToken('token-of-dan');
    stubClearanceWith({ 'token-of-dan': danDefense, 'token-of-alex': alexApplicant });

    renderSignInStatus();

    const region = await signedInUser();
    expect(detail(region, 'Name')).toHaveTextContent('Dan Defense');
    expect(detail(region, 'Roles')).toHaveTextContent('Agency arbiter, Agency reviewer');
    expect(detail(region, 'Agency')).toHaveTextContent('DOD / ARMY');
    expect(within(region).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('shows an applicant their organization', async () => {
    FakeUserManager.storedUser = userWithAccessToken('token-of-alex');
    stubClearanceWith({ 'token-of-dan': danDefense, 'token-of-alex': alexApplicant });

    renderSignInStatus();

    const region = await signedInUser();
    expect(detail(region, 'Name')).toHaveTextContent('Alex Applicant');
    expect(detail(region, 'Role')).toHaveTextContent('Applicant');
    expect(detail(region, 'Organization')).toHaveTextContent('Acme Exports');
    expect(within(region).queryByRole('definition', { name: 'Agency' })).not.toBeInTheDocument();
  });

  it('signs out at the identity provider', async () => {
    FakeUserManager.storedUser = userWithAccessToken('token-of-dan');
    stubClearanceWith({ 'token-of-dan': danDefense });
    const signoutRedirect = vi.spyOn(FakeUserManager.prototype, 'signoutRedirect');
    renderSignInStatus();

    fireEvent.click(within(await signedInUser()).getByRole('button', { name: 'Sign out' }));

    expect(signoutRedirect).toHaveBeenCalledOnce();
  });

  it('signs out in this tab and says so when the identity provider cannot be reached to sign out', async () => {
    FakeUserManager.storedUser = userWithAccessToken('token-of-dan');
    stubClearanceWith({ 'token-of-dan': danDefense });
    vi.spyOn(FakeUserManager.prototype, 'signoutRedirect').mockRejectedValue(
      new TypeError('Failed to fetch'),
    );
    renderSignInStatus();

    fireEvent.click(within(await signedInUser()).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are signed out of Clearance in this tab, but your session at the sign-in service may still be open: the sign-in service at http://127.0.0.1:8180/realms/clearance could not be reached (Failed to fetch).',
    );
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(FakeUserManager.storedUser).toBeNull();
  });

  it('counts as signed out when Clearance no longer accepts the access token', async () => {
    FakeUserManager.storedUser = userWithAccessToken('expired-token');
    stubClearanceWith({ 'token-of-dan': danDefense });

    renderSignInStatus();

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session has ended. Sign in again to continue.',
    );
    expect(screen.queryByRole('region', { name: 'Signed-in user' })).not.toBeInTheDocument();
    expect(FakeUserManager.storedUser).toBeNull();
  });

  it('explains why Clearance refused to say who the person is, and lets them sign out', async () => {
    FakeUserManager.storedUser = userWithAccessToken('token-of-dan');
    stubClearanceApi({
      '/api/identity/configuration': () => json(keycloakConfiguration),
      '/api/me': () => problem(403, 'Forbidden', 'The account has no Clearance role.'),
    });

    renderSignInStatus();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Clearance could not tell who you are: Forbidden: The account has no Clearance role.',
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('reports a session that cannot be read from this browser tab', async () => {
    stubClearanceWith();
    vi.spyOn(FakeUserManager.prototype, 'getUser').mockRejectedValue(
      new Error('The operation is insecure.'),
    );

    renderSignInStatus();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in failed: The operation is insecure.',
    );
  });
});

describe('without a sign-in configuration', () => {
  it('says that sign-in is unavailable when Clearance answers with an error', async () => {
    stubClearanceApi({
      '/api/identity/configuration': () =>
        problem(503, 'Service Unavailable', 'The identity provider is not configured.'),
    });

    renderSignInStatus();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in is unavailable: the sign-in configuration could not be loaded (Service Unavailable: The identity provider is not configured.).',
    );
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(FakeUserManager.created).toHaveLength(0);
  });

  it('says that sign-in is unavailable when Clearance cannot be reached', async () => {
    stubClearanceApi({ '/api/identity/configuration': unreachable });

    renderSignInStatus();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in is unavailable: Clearance could not be reached to load the sign-in configuration.',
    );
  });

  it('says that sign-in is unavailable when the configuration names no issuer', async () => {
    stubClearanceApi({
      '/api/identity/configuration': () => json({ clientId: 'clearance-web', scope: 'openid' }),
    });

    renderSignInStatus();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in is unavailable: the sign-in configuration from Clearance lacks the issuer, client id or scope.',
    );
  });
});

describe('waiting for the configuration', () => {
  it('says that it is checking the sign-in', async () => {
    const fetch = stubClearanceApi({
      '/api/identity/configuration': () => new Promise<Response>(() => {}),
    });

    renderSignInStatus();

    expect(screen.getByRole('status')).toHaveTextContent('Checking sign-in…');
    await waitFor(() => expect(fetch).toHaveBeenCalled());
  });
});
