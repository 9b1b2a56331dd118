import { describe, expect, it, vi } from 'vitest';

import { json, problem, stubClearanceApi, unreachable } from '../testing/clearance-api';
import { ApiProblem, ClearanceUnreachable, createApiClient, SessionEnded } from './api-client';

function clientSignedInWith(accessToken: string | null) {
  const sessionEnded = vi.fn(async () => {});
  const api = createApiClient({ accessToken: async () => accessToken, sessionEnded }, { attempts: 3, waitMs: 0 });
  return { api, sessionEnded };
}

function unavailable(): Response {
  const answer = problem(503, 'Service unavailable', 'The case database cannot be reached just now');
  answer.headers.set('Retry-After', '0');
  return answer;
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

  it('sends a change again with the same Idempotency-Key when Clearance answers 503, and returns the answer', async () => {
    const keys: (string | null)[] = [];
    const answers = [unavailable(), json({ id: 'a1' }, 201)];
    stubClearanceApi({
      '/api/applicant/applications': (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return answers.shift()!;
      },
    });
    const { api } = clientSignedInWith('token-of-alice');

    await expect(api.fetchJson('/api/applicant/applications', { method: 'POST', body: '{}' })).resolves.toEqual({
      id: 'a1',
    });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sends a change again with the same key when no answer came at all', async () => {
    const keys: (string | null)[] = [];
    let first = true;
    stubClearanceApi({
      '/api/staff/referrals/r1/position': (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (first) {
          first = false;
          throw new TypeError('Failed to fetch');
        }
        return json({ id: 'p1' }, 201);
      },
    });
    const { api } = clientSignedInWith('token-of-dan');

    await expect(api.fetchJson('/api/staff/referrals/r1/position', { method: 'POST', body: '{}' })).resolves.toEqual(
      { id: 'p1' },
    );
    expect(keys).toEqual([keys[0], keys[0]]);
  });

  it('gives each change a key of its own', async () => {
    const keys: (string | null)[] = [];
    stubClearanceApi({
      '/api/applicant/applications': (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return json({ id: 'a1' }, 201);
      },
    });
    const { api } = clientSignedInWith('token-of-alice');

    await api.fetchJson('/api/applicant/applications', { method: 'POST', body: '{}' });
    await api.fetchJson('/api/applicant/applications', { method: 'POST', body: '{}' });
    expect(new Set(keys).size).toBe(2);
  });

  it('reports the outage after three attempts', async () => {
    const fetch = stubClearanceApi({ '/api/cases': () => unavailable() });
    const { api } = clientSignedInWith('token-of-dan');

    await expect(api.fetchJson('/api/cases')).rejects.toMatchObject({ status: 503 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('never sends an upload again, nor gives it a key', async () => {
    const keys: (string | null)[] = [];
    stubClearanceApi({
      '/api/applicant/applications/a1/documents': (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return unavailable();
      },
    });
    const { api } = clientSignedInWith('token-of-alice');

    await expect(
      api.fetchJson('/api/applicant/applications/a1/documents', { method: 'POST', body: new FormData() }),
    ).rejects.toMatchObject({ status: 503 });
    expect(keys).toEqual([null]);
  });

  it('makes a random UUID key on pages where crypto.randomUUID is missing (plain HTTP behind a proxy)', async () => {
    const keys: (string | null)[] = [];
    stubClearanceApi({
      '/api/applicant/applications': (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return json({ id: 'a1' }, 201);
      },
    });
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    try {
      const { api } = clientSignedInWith('token-of-alice');
      await api.fetchJson('/api/applicant/applications', { method: 'POST', body: '{}' });
      await api.fetchJson('/api/applicant/applications', { method: 'POST', body: '{}' });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });
});
