/**
 * Calls to the Clearance REST API on the same origin: the bearer token of the signed-in person is
 * attached, and error answers (RFC 9457 problem+json) become errors whose message can be shown.
 */

/** One field Clearance refused, and why: `items[0].eccn`, "must be an ECCN such as 3A001.a.1". */
export type FieldError = { field: string; reason: string };

/** An error answer from Clearance, read from its problem+json body where there is one. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly fieldErrors: FieldError[];

  constructor(status: number, title: string, detail: string | null, fieldErrors: FieldError[] = []) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }

  /** The reason the field was refused, if it was. */
  reasonFor(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.reason;
  }
}

/** Clearance answered 401: the access token is missing, expired or revoked. */
export class SessionEnded extends Error {
  constructor() {
    super('Your session has ended. Sign in again to continue.');
    this.name = 'SessionEnded';
  }
}

/** No answer from Clearance at all (offline, server down, blocked). */
export class ClearanceUnreachable extends Error {
  constructor(cause: unknown) {
    super('Clearance could not be reached. Check your connection and try again.', { cause });
    this.name = 'ClearanceUnreachable';
  }
}

export type ApiClient = {
  /** Sends the request with the bearer token and returns the JSON body of a successful answer. */
  fetchJson<T>(path: string, init?: RequestInit): Promise<T>;
  /** Reads one page of a list paged by cursor: its JSON body and the next page's path, from `Link: <...>; rel="next"`. */
  fetchPage<T>(path: string): Promise<{ data: T; next: string | null }>;
  /** Downloads a file (a license PDF, a document) with the bearer token. */
  fetchBlob(path: string): Promise<Blob>;
};

/** The path of the next page named by a `Link` header (`<path>; rel="next"`), or null on the last page. */
export function nextPageOf(link: string | null): string | null {
  if (!link) {
    return null;
  }
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) {
      const url = new URL(match[1], window.location.origin);
      return url.origin === window.location.origin ? url.pathname + url.search : null;
    }
  }
  return null;
}

/**
 * How often a request that got no answer, or a 503, is sent again, and how long to wait first when
 * Clearance gives no `Retry-After`. A change is sent again only with the `Idempotency-Key` it first
 * carried, so Clearance carries it out once however many copies arrive.
 */
export type RetryPolicy = { attempts: number; waitMs: number };

const DEFAULT_RETRIES: RetryPolicy = { attempts: 3, waitMs: 1000 };
/** The longest wait between two attempts, whatever `Retry-After` says. */
const LONGEST_WAIT_MS = 5000;

type Session = {
  /** The current access token, or null when nobody is signed in. */
  accessToken(): Promise<string | null>;
  /** Called when Clearance no longer accepts the token, before the call rejects with SessionEnded. */
  sessionEnded(): Promise<void>;
};

export function createApiClient(session: Session, retries: RetryPolicy = DEFAULT_RETRIES): ApiClient {
  async function send(path: string, init: RequestInit, accept: string): Promise<Response> {
    const method = (init.method ?? 'GET').toUpperCase();
    const safe = method === 'GET' || method === 'HEAD';
    // uploads refuse a key (their bodies are read by the server's container), so they are never resent
    const idempotencyKey = !safe && !(init.body instanceof FormData) ? newIdempotencyKey() : null;
    for (let attempt = 1; ; attempt++) {
      const accessToken = await session.accessToken();
      if (!accessToken) {
        await session.sessionEnded();
        throw new SessionEnded();
      }
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${accessToken}`);
      headers.set('Accept', accept);
      if (idempotencyKey) {
        headers.set('Idempotency-Key', idempotencyKey);
      }
      const resendable = safe || idempotencyKey !== null;
      let response: Response;
      try {
        response = await fetchFromClearance(path, { ...init, headers });
      } catch (unreachable) {
        if (!resendable || attempt >= retries.attempts) {
          throw unreachable;
        }
        await pause(retries.waitMs);
        continue;
      }
      if (response.status === 401) {
        await session.sessionEnded();
        throw new SessionEnded();
      }
      if (response.status === 503 && resendable && attempt < retries.attempts) {
        await pause(waitBefore(response, retries.waitMs));
        continue;
      }
      return response;
    }
  }
  return {
    async fetchJson<T>(path: string, init: RequestInit = {}): Promise<T> {
      return readJson<T>(await send(path, init, 'application/json, application/problem+json'));
    },
    async fetchPage<T>(path: string): Promise<{ data: T; next: string | null }> {
      const response = await send(path, {}, 'application/json, application/problem+json');
      const next = response.ok ? nextPageOf(response.headers.get('Link')) : null;
      return { data: await readJson<T>(response), next };
    },
    async fetchBlob(path: string): Promise<Blob> {
      const response = await send(path, {}, '*/*');
      if (!response.ok) {
        throw await problemOf(response);
      }
      return response.blob();
    },
  };
}

/** A random UUID; `crypto.randomUUID` exists only on HTTPS and localhost pages, `getRandomValues` everywhere. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function waitBefore(response: Response, fallbackMs: number): number {
  const seconds = Number(response.headers.get('Retry-After'));
  return Math.min(LONGEST_WAIT_MS, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : fallbackMs);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `fetch` that tells "no answer" apart from an error answer. */
export async function fetchFromClearance(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    throw new ClearanceUnreachable(error);
  }
}

/** The JSON body of a successful answer; an ApiProblem for any other. */
export async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) {
    throw await problemOf(response);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const fallbackTitle = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (!response.headers.get('Content-Type')?.includes('json')) {
    return new ApiProblem(response.status, fallbackTitle, null);
  }
  try {
    const problem = (await response.json()) as { title?: unknown; detail?: unknown; errors?: unknown };
    return new ApiProblem(
      response.status,
      typeof problem.title === 'string' && problem.title ? problem.title : fallbackTitle,
      typeof problem.detail === 'string' && problem.detail ? problem.detail : null,
      Array.isArray(problem.errors)
        ? problem.errors.filter(
            (error): error is FieldError =>
              typeof error?.field === 'string' && typeof error?.reason === 'string',
          )
        : [],
    );
  } catch {
    // A body that claims JSON but is not: the status line is all there is to report.
    return new ApiProblem(response.status, fallbackTitle, null);
  }
}
