import type { ReactNode } from 'react';

import { IdentityProvider } from '../lib/auth/identity-provider';

/** Everything the routes rely on being above them. */
export function AppProvider({ children }: { children: ReactNode }) {
  return <IdentityProvider>{children}</IdentityProvider>;
}
