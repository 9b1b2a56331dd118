import { ErrorResponse, ErrorTimeout, UserManager } from 'oidc-client-ts';

import { createApiClient, SessionEnded, type ApiClient } from '../api-client';
import {
  loadIdentityConfiguration,
  userManagerSettings,
  type IdentityConfiguration,
} from './identity-configuration';
import { isSignInCallback, withoutCallbackParameters } from './sign-in-callback';
import { signedInPersonPath, type SignedInPerson } from './signed-in-person';

export type SignInState =
  /** Loading the configuration and looking for a session kept in this browser tab. */
  | { status: 'checking' }
  /** Back from the identity provider: exchanging the authorization code for tokens. */
  | { status: 'completing-sign-in' }
  /** Without a configuration nobody can sign in. */
  | { status: 'unavailable'; problem: string }
  | { status: 'signed-out'; problem?: string; notice?: string }
  | { status: 'signed-in'; person: SignedInPerson }
  /** Signed in at the identity provider, but Clearance would not say who the person is. */
  | { status: 'person-unknown'; problem: string };

/** The OpenID Connect provider (Keycloak), called "the sign-in service" in what people read. */
type SignInService = { configuration: IdentityConfiguration; userManager: UserManager };

/**
 * Who is signed in to this browser tab, as a store that React subscribes to. Sign-in is OpenID
 * Connect authorization code with PKCE against the issuer that `GET /api/identity/configuration`
 * names; the person is whoever `GET /api/me` says the access token belongs to.
 */
export class SignInSession {
  private state: SignInState = isSignInCallback(window.location.href)
    ? { status: 'completing-sign-in' }
    : { status: 'checking' };
  private readonly listeners = new Set<() => void>();
  private signInService: SignInService | null = null;
  private started = false;

  /** Calls Clearance with the signed-in person's access token; a 401 signs them out here. */
  readonly api: ApiClient = createApiClient({
    accessToken: async () =>
      (await this.signInService?.userManager.getUser())?.access_token ?? null,
    sessionEnded: () => this.endSession(),
  });

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SignInState => this.state;

  /** Idempotent, because React runs effects twice in development and a code can be redeemed only once. */
  start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    this.connect().catch((error: unknown) =>
      this.update({ status: 'unavailable', problem: `Sign-in failed: ${messageOf(error)}.` }),
    );
  }

  /** Leaves the app for the identity provider's sign-in page; it redirects back to the app's root. */
  signIn = async (): Promise<void> => {
    const signInService = this.signInService;
    if (!signInService) {
      return;
    }
    try {
      await signInService.userManager.signinRedirect();
    } catch (error) {
      this.update({
        status: 'signed-out',
        problem: `Sign-in could not start: ${signInServiceFailure(error, signInService)}.`,
      });
    }
  };

  /** Forgets the tokens in this tab and ends the single sign-on session at the identity provider. */
  signOut = async (): Promise<void> => {
    const signInService = this.signInService;
    if (!signInService) {
      return;
    }
    try {
      await signInService.userManager.signoutRedirect();
    } catch (error) {
      await signInService.userManager.removeUser();
      this.update({
        status: 'signed-out',
        problem:
          `You are signed out of Clearance in this tab, but your session at the sign-in service ` +
          `may still be open: ${signInServiceFailure(error, signInService)}.`,
      });
    }
  };

  private async connect(): Promise<void> {
    let configuration: IdentityConfiguration;
    try {
      configuration = await loadIdentityConfiguration();
    } catch (error) {
      this.update({ status: 'unavailable', problem: `${messageOf(error)}.` });
      return;
    }
    const userManager = new UserManager(userManagerSettings(configuration, window.location.origin));
    const signInService = { configuration, userManager };
    this.signInService = signInService;

    if (isSignInCallback(window.location.href)) {
      try {
        await userManager.signinRedirectCallback(window.location.href);
      } catch (error) {
        this.update({
          status: 'signed-out',
          problem: `Sign-in could not be completed: ${signInServiceFailure(error, signInService)}.`,
        });
        return;
      } finally {
        window.history.replaceState(
          window.history.state,
          '',
          withoutCallbackParameters(window.location.href),
        );
      }
    }

    if (await userManager.getUser()) {
      await this.identifyPerson();
    } else {
      this.update({ status: 'signed-out' });
    }
  }

  private async identifyPerson(): Promise<void> {
    try {
      const person = await this.api.fetchJson<SignedInPerson>(signedInPersonPath);
      this.update({ status: 'signed-in', person });
    } catch (error) {
      if (error instanceof SessionEnded) {
        return; // endSession has already said so.
      }
      this.update({
        status: 'person-unknown',
        problem: `Clearance could not tell who you are: ${messageOf(error)}.`,
      });
    }
  }

  private async endSession(): Promise<void> {
    await this.signInService?.userManager.removeUser();
    this.update({ status: 'signed-out', notice: new SessionEnded().message });
  }

  private update(state: SignInState): void {
    this.state = state;
    for (const listener of this.listeners) {
      listener();
    }
  }
}

function signInServiceFailure(error: unknown, { configuration }: SignInService): string {
  if (error instanceof ErrorResponse) {
    return `the sign-in service answered "${error.error_description ?? error.error ?? error.message}"`;
  }
  if (error instanceof ErrorTimeout) {
    return `the sign-in service at ${configuration.issuer} did not answer in time`;
  }
  // fetch rejects with a TypeError when there is no answer at all (server down, CORS, offline).
  if (error instanceof TypeError) {
    return `the sign-in service at ${configuration.issuer} could not be reached (${error.message})`;
  }
  return messageOf(error);
}

/** The error's message as a clause, so that callers can end the sentence themselves. */
function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
