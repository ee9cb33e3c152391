/**
 * The `?neste=` return path after signing in, accepted only when it is a path on this site
 * (no scheme, no protocol-relative `//host`, no backslash tricks), so the login page cannot be used
 * to send people elsewhere.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return fallback;
  return raw;
}

/** The first value of a query parameter as a string ('' when absent). */
export function queryString(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}
