// What the helpdesks' webhook checks share: an HMAC-SHA256 in base64, compared in constant time, and a
// shared secret read from a header or the URL's `token` for helpdesks that sign nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookRequest } from './define-connector.ts';

export const hmacBase64 = (secret: string, message: string): string => createHmac('sha256', secret).update(message, 'utf8').digest('base64');

/** Equal strings, compared in time independent of where they differ. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The header helpdesks without a signature send their shared secret in (set as a custom header there). */
export const SHARED_SECRET_HEADER = 'x-vigia-webhook-secret';

/** The shared secret as sent: the header, else the URL's `token` parameter (for helpdesks that cannot set headers). */
export function sharedSecretOf(request: WebhookRequest): string | undefined {
  const header = request.headers[SHARED_SECRET_HEADER];
  if (header) return header;
  try {
    return new URL(request.url, 'http://webhook.invalid').searchParams.get('token') ?? undefined;
  } catch {
    return undefined;
  }
}

/** An ISO instant from a helpdesk's date, or undefined when unreadable (never invented). */
export function isoOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}
