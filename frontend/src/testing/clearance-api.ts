import { vi } from 'vitest';

import type { IdentityConfiguration } from '../lib/auth/identity-configuration';
import type { SignedInPerson } from '../lib/auth/signed-in-person';

type Answer = (request: Request) => Response | Promise<Response>;

/**
 * Replaces `fetch` with answers for the given same-origin paths. A request for any other path fails
 * the test, so that a call the test did not expect cannot go unnoticed.
 */
export function stubClearanceApi(answers: Record<string, Answer>) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(
      new URL(String(input instanceof Request ? input.url : input), window.location.origin),
      init,
    );
    const answer = answers[new URL(request.url).pathname];
    if (!answer) {
      throw new Error(`Unexpected request in test: ${request.method} ${request.url}`);
    }
    return answer(request);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

export const keycloakConfiguration: IdentityConfiguration = {
  issuer: 'http://127.0.0.1:8180/realms/clearance',
  clientId: 'clearance-web',
  scope: 'openid profile email',
};

export const danDefense: SignedInPerson = {
  username: 'dan',
  displayName: 'Dan Defense',
  roles: ['ARBITER', 'REVIEWER'],
  agency: 'DOD',
  component: 'ARMY',
  organization: null,
};

export const alexApplicant: SignedInPerson = {
  username: 'alex',
  displayName: 'Alex Applicant',
  roles: ['APPLICANT'],
  agency: null,
  component: null,
  organization: 'Acme Exports',
};

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problem(status: number, title: string, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function unreachable(): Promise<Response> {
  return Promise.reject(new TypeError('fetch failed'));
}

/** `GET /api/me` as Clearance answers it: the person the bearer token belongs to, or 401. */
export function peopleByAccessToken(people: Record<string, SignedInPerson>): Answer {
  return (request) => {
    const accessToken = request.headers.get('Authorization')?.match(/^Bearer (.+)$/)?.[1];
    const person = accessToken ? people[accessToken] : undefined;
    return person ? json(person) : problem(401, 'Unauthorized', 'Full authentication is required');
  };
}

/** The business clock the tests' server tells: 7 December 2026 in New York, already 8 December in UTC. */
export const businessDay = { now: '2026-12-08T03:30:00Z', today: '2026-12-07', zone: 'America/New_York' };
