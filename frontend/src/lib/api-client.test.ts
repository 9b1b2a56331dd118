import { describe, expect, it, vi } from 'vitest';

import { json, problem, stubClearanceApi, unreachable } from '../testing/clearance-api';
import { ApiProblem, ClearanceUnreachable, createApiClient, SessionEnded } from './api-client';

function clientSignedInWith(accessToken: string | null) {
  const sessionEnded = vi.fn(async () => {});
  const api = createApiClient({ accessToken: async () => accessToken, sessionEnded });
  return { api, sessionEnded };
}

describe('API client', () => {
  it('sends the access token as a bearer token and returns the JSON answer', async () => {
    const fetch = stubClearanceApi({
      '/api/cases': (request) =>
        request.headers.get('Authorization') === 'Bearer token-of-dan'
          ? json([{ controlNumber: 'Z1234567' }])
          : problem(401, 'Unauthorized', 'No token'),
    });
    const { api } = clientSignedInWith('token-of-dan');

    await expect(api.fetchJson('/api/cases')).resolves.toEqual([{ controlNumber: 'Z1234567' }]);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('ends the session when Clearance answers 401', async () => {
    stubClearanceApi({ '/api/cases': () => problem(401, 'Unauthorized', 'Token expired') });
    const { api, sessionEnded } = clientSignedInWith('expired-token');

    await expect(api.fetchJson('/api/cases')).rejects.toBeInstanceOf(SessionEnded);
    expect(sessionEnded).toHaveBeenCalledOnce();
  });

  it('ends the session without calling Clearance when nobody is signed in', async () => {
    const fetch = stubClearanceApi({});
    const { api, sessionEnded } = clientSignedInWith(null);

    await expect(api.fetchJson('/api/cases')).rejects.toBeInstanceOf(SessionEnded);
    expect(sessionEnded).toHaveBeenCalledOnce();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('turns a problem+json answer into an error that carries its title and detail', async () => {
    stubClearanceApi({
      '/api/cases': () =>
        problem(403, 'Forbidden', 'Reviewers see only cases referred to their agency.'),
    });
    const { api, sessionEnded } = clientSignedInWith('token-of-dan');

    const error = await api.fetchJson('/api/cases').catch((rejection: unknown) => rejection);

    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({
      status: 403,
      message: 'Forbidden: Reviewers see only cases referred to their agency.',
    });
    expect(sessionEnded).not.toHaveBeenCalled();
  });

  it('names the status when an error answer has no problem body', async () => {
    stubClearanceApi({
      '/api/cases': () =>
        new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
    });
    const { api } = clientSignedInWith('token-of-dan');

    await expect(api.fetchJson('/api/cases')).rejects.toThrow('HTTP 502 Bad Gateway');
  });

  it('tells apart no answer at all from an error answer', async () => {
    stubClearanceApi({ '/api/cases': unreachable });
    const { api } = clientSignedInWith('token-of-dan');

    await expect(api.fetchJson('/api/cases')).rejects.toBeInstanceOf(ClearanceUnreachable);
  });
});
