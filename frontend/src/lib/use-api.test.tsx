import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { IdentityProvider } from './auth/identity-provider';
import { useApiQuery } from './use-api';
import { danDefense, json, keycloakConfiguration, peopleByAccessToken, stubClearanceApi } from '../testing/clearance-api';
import { FakeUserManager, userWithAccessToken } from '../testing/fake-user-manager';

vi.mock('oidc-client-ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('oidc-client-ts')>()),
  UserManager: (await import('../testing/fake-user-manager')).FakeUserManager,
}));

function Tasks() {
  const tasks = useApiQuery<{ id: string }[]>('/api/staff/tasks');
  return <p>{tasks.status === 'loaded' ? `${tasks.data.length} tasks` : tasks.status}</p>;
}

describe('useApiQuery', () => {
  it('asks Clearance only once the sign-in is known, so that a reload never signs anyone out', async () => {
    FakeUserManager.reset();
    FakeUserManager.storedUser = userWithAccessToken('token-of-dan');
    const fetch = stubClearanceApi({
      '/api/identity/configuration': () => json(keycloakConfiguration),
      '/api/me': peopleByAccessToken({ 'token-of-dan': danDefense }),
      '/api/staff/tasks': () => json([{ id: 'a' }, { id: 'b' }]),
    });

    render(
      <IdentityProvider>
        <Tasks />
      </IdentityProvider>,
    );

    expect(await screen.findByText('2 tasks')).toBeInTheDocument();
    const paths = fetch.mock.calls.map(([input]) => new URL(String(input), window.location.origin).pathname);
    expect(paths.indexOf('/api/staff/tasks')).toBeGreaterThan(paths.indexOf('/api/me'));
    const taskCall = fetch.mock.calls.find(([input]) => String(input).includes('/api/staff/tasks'));
    expect(new Headers(taskCall?.[1]?.headers).get('Authorization')).toBe('Bearer token-of-dan');
  });
});
