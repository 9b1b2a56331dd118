import { OidcClient } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';

import { json, keycloakConfiguration, stubClearanceApi } from '../../testing/clearance-api';
import { userManagerSettings } from './identity-configuration';

// Keycloak's discovery document, cut down to what a browser sign-in reads.
const discoveryDocument = {
  issuer: keycloakConfiguration.issuer,
  authorization_endpoint: `${keycloakConfiguration.issuer}/protocol/openid-connect/auth`,
  token_endpoint: `${keycloakConfiguration.issuer}/protocol/openid-connect/token`,
  end_session_endpoint: `${keycloakConfiguration.issuer}/protocol/openid-connect/logout`,
  code_challenge_methods_supported: ['plain', 'S256'],
};

describe('OpenID Connect settings', () => {
  it('make the real oidc-client-ts ask for an authorization code with a PKCE S256 challenge', async () => {
    stubClearanceApi({
      '/realms/clearance/.well-known/openid-configuration': () => json(discoveryDocument),
    });
    const client = new OidcClient(
      userManagerSettings(keycloakConfiguration, 'https://clearance.example'),
    );

    const request = await client.createSigninRequest({ request_type: 'si:r' });

    const authorization = new URL(request.url);
    expect(authorization.origin + authorization.pathname).toBe(
      discoveryDocument.authorization_endpoint,
    );
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: 'clearance-web',
      response_type: 'code',
      scope: 'openid profile email',
      redirect_uri: 'https://clearance.example/',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.any(String),
    });
  });
});
