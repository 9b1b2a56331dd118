import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { RequireSignIn } from '../app/require-sign-in';
import { IdentityProvider } from '../lib/auth/identity-provider';
import type { SignedInPerson } from '../lib/auth/signed-in-person';
import { json, keycloakConfiguration, peopleByAccessToken, stubClearanceApi } from './clearance-api';
import { FakeUserManager, userWithAccessToken } from './fake-user-manager';

type Answer = Parameters<typeof stubClearanceApi>[0][string];

/**
 * Renders one screen at `url` (matched against `route`) for a signed-in person, with Clearance answering only
 * the given paths (and who the person is). Needs `vi.mock('oidc-client-ts', …)` in the test file.
 */
export function renderSignedIn(
  screenElement: ReactElement,
  { person, route, url, answers }: { person: SignedInPerson; route: string; url: string; answers: Record<string, Answer> },
) {
  FakeUserManager.reset();
  FakeUserManager.storedUser = userWithAccessToken(`token-of-${person.username}`);
  const fetch = stubClearanceApi({
    '/api/identity/configuration': () => json(keycloakConfiguration),
    '/api/me': peopleByAccessToken({ [`token-of-${person.username}`]: person }),
    ...answers,
  });
  render(
    <IdentityProvider>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={route} element={<RequireSignIn>{screenElement}</RequireSignIn>} />
          <Route path="*" element={<p>Left the screen</p>} />
        </Routes>
      </MemoryRouter>
    </IdentityProvider>,
  );
  return fetch;
}
