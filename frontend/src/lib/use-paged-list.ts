import { useCallback, useEffect, useState } from 'react';

import { useApiClient, useIdentity } from './auth/identity-provider';

/** A list the server pages by its `Link: rel="next"` header, as far as the person has asked for it. */
export type PagedList<T> =
  | { status: 'loading' }
  | { status: 'failed'; problem: Error }
  | { status: 'loaded'; items: T[]; next: string | null; more: boolean };

/**
 * The first page of the list at `path`, read again when the path or `version` changes, and `showMore` to add the
 * next page to it. A failure to read the next page keeps what is shown and reports the problem.
 */
export function usePagedList<T>(
  path: string,
  version = 0,
): { list: PagedList<T>; showMore: () => Promise<void>; problem: string | null } {
  const api = useApiClient();
  const signedIn = useIdentity().state.status === 'signed-in';
  const [list, setList] = useState<PagedList<T>>({ status: 'loading' });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!signedIn) {
      return;
    }
    let current = true;
    api.fetchPage<T[]>(path).then(
      ({ data, next }) => current && setList({ status: 'loaded', items: data, next, more: false }),
      (failure: Error) => current && setList({ status: 'failed', problem: failure }),
    );
    return () => {
      current = false;
    };
  }, [api, path, version, signedIn]);

  const showMore = useCallback(async () => {
    if (list.status !== 'loaded' || list.next === null) {
      return;
    }
    setProblem(null);
    setList({ ...list, more: true });
    try {
      const { data, next } = await api.fetchPage<T[]>(list.next);
      setList({ status: 'loaded', items: [...list.items, ...data], next, more: false });
    } catch (failure) {
      setList({ ...list, more: false });
      setProblem(failure instanceof Error ? failure.message : String(failure));
    }
  }, [api, list]);

  return { list, showMore, problem };
}
