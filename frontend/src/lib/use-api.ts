import { useCallback, useEffect, useState } from 'react';

import { ApiProblem } from './api-client';
import { useApiClient, useIdentity } from './auth/identity-provider';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'failed'; problem: Error }
  | { status: 'loaded'; data: T };

/**
 * Reads `path` as the signed-in person, once the sign-in is known; `reload` reads it again (after a change).
 */
export function useApiQuery<T>(path: string | null): Loaded<T> & { reload(): void } {
  const api = useApiClient();
  const signedIn = useIdentity().state.status === 'signed-in';
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (path === null || !signedIn) {
      return;
    }
    let current = true;
    api.fetchJson<T>(path).then(
      (data) => current && setState({ status: 'loaded', data }),
      (problem: Error) => current && setState({ status: 'failed', problem }),
    );
    return () => {
      current = false;
    };
  }, [api, path, version, signedIn]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}

export type Action<A extends unknown[], R> = {
  run(...args: A): Promise<R | undefined>;
  busy: boolean;
  problem: ApiProblem | Error | null;
  /** The reason Clearance gave for refusing the field, if it did. */
  reasonFor(field: string): string | undefined;
};

/**
 * A change sent to Clearance: while it runs `busy` is true; a refusal is kept in `problem` (with its field
 * errors) and nothing the person typed is touched.
 */
export function useApiAction<A extends unknown[], R>(send: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | Error | null>(null);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setProblem(null);
      try {
        return await send(...args);
      } catch (error) {
        setProblem(error instanceof Error ? error : new Error(String(error)));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [send],
  );
  return {
    run,
    busy,
    problem,
    reasonFor: (field) => (problem instanceof ApiProblem ? problem.reasonFor(field) : undefined),
  };
}

/** JSON request options for a change. */
export function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}
