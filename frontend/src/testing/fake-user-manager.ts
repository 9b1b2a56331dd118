import type { User, UserManagerSettings } from 'oidc-client-ts';

/**
 * Stands in for oidc-client-ts's UserManager (see `vi.mock('oidc-client-ts', …)` in the tests): it
 * keeps the user in memory instead of sessionStorage and never leaves the page. Tests spy on its
 * prototype to see or change what the app asked of the identity provider.
 */
export class FakeUserManager {
  static readonly created: FakeUserManager[] = [];
  /** The user this browser tab holds, as sessionStorage would. */
  static storedUser: User | null = null;
  /** The user the identity provider signs in when the browser returns with an authorization code. */
  static userAtIdentityProvider: User | null = null;

  static reset(): void {
    FakeUserManager.created.length = 0;
    FakeUserManager.storedUser = null;
    FakeUserManager.userAtIdentityProvider = null;
  }

  readonly settings: UserManagerSettings;

  constructor(settings: UserManagerSettings) {
    this.settings = settings;
    FakeUserManager.created.push(this);
  }

  async getUser(): Promise<User | null> {
    return FakeUserManager.storedUser;
  }

  async removeUser(): Promise<void> {
    FakeUserManager.storedUser = null;
  }

  async signinRedirect(): Promise<void> {}

  async signinRedirectCallback(url: string): Promise<User> {
    const user = FakeUserManager.userAtIdentityProvider;
    if (!new URL(url).searchParams.has('code') || !user) {
      throw new Error('No matching state found in storage');
    }
    FakeUserManager.storedUser = user;
    return user;
  }

  async signoutRedirect(): Promise<void> {
    FakeUserManager.storedUser = null;
  }
}

/** The parts of a signed-in oidc-client-ts User that the app reads. */
export function userWithAccessToken(accessToken: string): User {
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expired: false,
    profile: {},
  } as unknown as User;
}
