import type { UserManagerSettings } from 'oidc-client-ts';

import { ApiProblem, ClearanceUnreachable, fetchFromClearance, readJson } from '../api-client';

/** Where and as whom the UI signs in, as the backend publishes it (never built into the bundle). */
export type IdentityConfiguration = {
  /** OpenID Connect issuer; its discovery document is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  scope: string;
};

export const identityConfigurationPath = '/api/identity/configuration';

/** Reading or checking the configuration failed; the message says why in words a person can act on. */
export class IdentityConfigurationUnavailable extends Error {
  constructor(reason: string, cause?: unknown) {
    super(`Sign-in is unavailable: ${reason}`, { cause });
    this.name = 'IdentityConfigurationUnavailable';
  }
}

export async function loadIdentityConfiguration(): Promise<IdentityConfiguration> {
  let body: unknown;
  try {
    const response = await fetchFromClearance(identityConfigurationPath, {
      headers: { Accept: 'application/json' },
    });
    body = await readJson<unknown>(response);
  } catch (error) {
    throw new IdentityConfigurationUnavailable(reasonLoadingFailed(error), error);
  }
  if (!isIdentityConfiguration(body)) {
    throw new IdentityConfigurationUnavailable(
      'the sign-in configuration from Clearance lacks the issuer, client id or scope.',
    );
  }
  return body;
}

function reasonLoadingFailed(error: unknown): string {
  if (error instanceof ClearanceUnreachable) {
    return 'Clearance could not be reached to load the sign-in configuration.';
  }
  if (error instanceof ApiProblem) {
    return `the sign-in configuration could not be loaded (${error.message}).`;
  }
  return 'the sign-in configuration from Clearance could not be read.';
}

/**
 * A public client using the authorization code flow; oidc-client-ts adds PKCE (S256) and keeps the
 * signed-in user in sessionStorage by default. The app's own root page receives the callback.
 */
export function userManagerSettings(
  configuration: IdentityConfiguration,
  origin: string,
): UserManagerSettings {
  return {
    authority: configuration.issuer,
    client_id: configuration.clientId,
    scope: configuration.scope,
    response_type: 'code',
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
  };
}

function isIdentityConfiguration(body: unknown): body is IdentityConfiguration {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const { issuer, clientId, scope } = body as Record<string, unknown>;
  return [issuer, clientId, scope].every(
    (value) => typeof value === 'string' && value.trim() !== '',
  );
}
