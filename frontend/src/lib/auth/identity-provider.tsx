import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

import type { ApiClient } from '../api-client';
import { SignInSession, type SignInState } from './sign-in-session';

const SignInSessionContext = createContext<SignInSession | null>(null);

/** Loads the sign-in configuration, completes a sign-in redirect and finds out who is signed in. */
export function IdentityProvider({ children }: { children: ReactNode }) {
  const [session] = useState(() => new SignInSession());
  useEffect(() => session.start(), [session]);
  return <SignInSessionContext value={session}>{children}</SignInSessionContext>;
}

export type Identity = {
  state: SignInState;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
};

export function useIdentity(): Identity {
  const session = useSignInSession();
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { state, signIn: session.signIn, signOut: session.signOut };
}

/** Calls to the Clearance API as the signed-in person; a 401 answer signs them out. */
export function useApiClient(): ApiClient {
  return useSignInSession().api;
}

function useSignInSession(): SignInSession {
  const session = useContext(SignInSessionContext);
  if (!session) {
    throw new Error('useIdentity and useApiClient need an <IdentityProvider> above them');
  }
  return session;
}
