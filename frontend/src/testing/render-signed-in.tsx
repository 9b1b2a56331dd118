import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, createRoutesFromElements, Route, RouterProvider } from 'react-router';

import { RequireSignIn } from '../app/require-sign-in';
import { IdentityProvider } from '../lib/auth/identity-provider';
import type { SignedInPerson } from '../lib/auth/signed-in-person';
import { businessDay, json, keycloakConfiguration, peopleByAccessToken, stubClearanceApi } from './clearance-api';
import { useLocation } from 'react-router';
import { FakeUserManager, userWithAccessToken } from './fake-user-manager';

type Answer = Parameters<typeof stubClearanceApi>[0][string];

/**
 * Renders one screen at `url` (matched against `route`) for a signed-in person, with Clearance answering only
 * the given paths (and who the person is). Needs `vi.mock('oidc-client-ts', …)` in the test file.
 */
export function renderSignedIn(
  screenElement: ReactElement,
  { person, route, url, answers }: {
    person: SignedInPerson;
    /** The route pattern(s) the screen is shown at; any other address shows "Left the screen" and where. */
    route: string | string[];
    url: string;
    answers: Record<string, Answer>;
  },
) {
  FakeUserManager.reset();
  FakeUserManager.storedUser = userWithAccessToken(`token-of-${person.username}`);
  const fetch = stubClearanceApi({
    '/api/identity/configuration': () => json(keycloakConfiguration),
    '/api/me': peopleByAccessToken({ [`token-of-${person.username}`]: person }),
    '/api/clock': () => json(businessDay),
    ...answers,
  });
  render(
    <IdentityProvider>
      <RouterProvider
        router={createMemoryRouter(
          createRoutesFromElements(
            <>
              {(Array.isArray(route) ? route : [route]).map((path) => (
                <Route key={path} path={path} element={<RequireSignIn>{screenElement}</RequireSignIn>} />
              ))}
              <Route path="*" element={<LeftTheScreen />} />
            </>,
          ),
          { initialEntries: [url] },
        )}
      />
    </IdentityProvider>,
  );
  return fetch;
}

function LeftTheScreen() {
  const location = useLocation();
  return <p>Left the screen for {location.pathname}</p>;
}
