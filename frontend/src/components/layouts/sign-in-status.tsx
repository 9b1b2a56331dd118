import { useId } from 'react';

import { useIdentity } from '../../lib/auth/identity-provider';
import { affiliationOf, roleName, type SignedInPerson } from '../../lib/auth/signed-in-person';

/** The header's account corner: a way to sign in, or who is signed in and a way to sign out. */
export function SignInStatus() {
  const { state, signIn, signOut } = useIdentity();

  switch (state.status) {
    case 'checking':
      return (
        <p role="status" className="sign-in-status">
          Checking sign-in…
        </p>
      );
    case 'completing-sign-in':
      return (
        <p role="status" className="sign-in-status">
          Signing in…
        </p>
      );
    case 'unavailable':
      return (
        <p role="alert" className="sign-in-status sign-in-problem">
          {state.problem}
        </p>
      );
    case 'signed-out':
      return (
        <div className="sign-in-status">
          {state.problem && (
            <p role="alert" className="sign-in-problem">
              {state.problem}
            </p>
          )}
          {state.notice && <p role="status">{state.notice}</p>}
          <button type="button" className="header-button" onClick={() => void signIn()}>
            Sign in
          </button>
        </div>
      );
    case 'person-unknown':
      return (
        <div className="sign-in-status">
          <p role="alert" className="sign-in-problem">
            {state.problem}
          </p>
          <SignOutButton onSignOut={signOut} />
        </div>
      );
    case 'signed-in':
      return (
        <section aria-label="Signed-in user" className="sign-in-status">
          <SignedInPersonDetails person={state.person} />
          <SignOutButton onSignOut={signOut} />
        </section>
      );
  }
}

function SignedInPersonDetails({ person }: { person: SignedInPerson }) {
  const affiliation = affiliationOf(person);
  return (
    <dl className="signed-in-person">
      <Detail term="Name">{person.displayName}</Detail>
      {person.roles.length > 0 && (
        <Detail term={person.roles.length === 1 ? 'Role' : 'Roles'}>
          {person.roles.map(roleName).join(', ')}
        </Detail>
      )}
      {affiliation && <Detail term={affiliation.kind}>{affiliation.name}</Detail>}
    </dl>
  );
}

/** A term and its value; the value is labelled by the term so that it can be found by its name. */
function Detail({ term, children }: { term: string; children: string }) {
  const termId = useId();
  return (
    <div className="signed-in-detail">
      <dt id={termId} className="visually-hidden">
        {term}
      </dt>
      <dd aria-labelledby={termId}>{children}</dd>
    </div>
  );
}

function SignOutButton({ onSignOut }: { onSignOut: () => Promise<void> }) {
  return (
    <button type="button" className="header-button" onClick={() => void onSignOut()}>
      Sign out
    </button>
  );
}
