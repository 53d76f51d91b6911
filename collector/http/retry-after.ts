// Retry-After (RFC 9110 §10.2.3), read once for feeds, review pages and webhooks: seconds or an HTTP date,
// capped, because "99999999" or a date in the year 9999 would otherwise overflow the timers that honour it.

/** The longest wait a Retry-After answer is honoured for: 24 hours. Longer requests wait this long. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/** Milliseconds from `now` that a Retry-After value asks for, at most MAX_RETRY_AFTER_MS; undefined when unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP date names its month ("Fri, 20 Nov 2026 10:01:00 GMT"); "-5" or "1.5" are not dates here.
  const at = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}
