import type { ReactNode } from 'react';

import { useIdentity } from '../lib/auth/identity-provider';

/** Work screens show once the person is known to be signed in; until then, why not, and how to sign in. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state, signIn } = useIdentity();
  switch (state.status) {
    case 'signed-in':
      return children;
    case 'checking':
    case 'completing-sign-in':
      return <p role="status">Checking sign-in…</p>;
    default:
      return (
        <>
          <h1>Sign in to continue</h1>
          <p>This page shows work in Clearance; sign in with your account to see it.</p>
          <button type="button" className="primary" onClick={() => void signIn()}>
            Sign in to Clearance
          </button>
        </>
      );
  }
}
