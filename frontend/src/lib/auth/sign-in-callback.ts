// Query parameters the identity provider appends when it redirects back to the app after sign-in.
const callbackParameters = [
  'code',
  'state',
  'session_state',
  'iss',
  'error',
  'error_description',
  'error_uri',
];

/** The page was opened by the identity provider's redirect back, with an authorization code or an error. */
export function isSignInCallback(url: string): boolean {
  const query = new URL(url).searchParams;
  return query.has('state') && (query.has('code') || query.has('error'));
}

/** The same address without the callback parameters, so that a reload does not replay a used code. */
export function withoutCallbackParameters(url: string): string {
  const address = new URL(url);
  for (const parameter of callbackParameters) {
    address.searchParams.delete(parameter);
  }
  return `${address.pathname}${address.search}${address.hash}`;
}
