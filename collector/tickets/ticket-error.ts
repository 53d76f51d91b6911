// A helpdesk call that failed, named for the helpdesk and the kind of failure, so the queue knows whether
// to retry (and when) and `vigia status` can say what is wrong: "zendesk: 401 unauthorized (…)".
import { VigiaError } from '../errors.ts';

/**
 * `unauthorized` 401 · `forbidden` 403 · `invalid` 400/422 (the helpdesk refused the ticket's fields) ·
 * `not-found` 404 · `rate-limited` 429 · `server` 5xx/408 · `timeout` no answer in time · `unreachable`
 * no connection · `response` an answer that is not the documented shape · `config` a missing credential.
 */
export type TicketErrorKind = 'unauthorized' | 'forbidden' | 'invalid' | 'not-found' | 'rate-limited' | 'server' | 'timeout' | 'unreachable' | 'response' | 'config';

/** Kinds worth another attempt later: the helpdesk was busy, down or slow. */
const RETRYABLE: ReadonlySet<TicketErrorKind> = new Set(['rate-limited', 'server', 'timeout', 'unreachable']);

export class TicketError extends VigiaError {
  constructor(
    readonly vendor: string,
    readonly kind: TicketErrorKind,
    message: string,
    readonly details: {
      status?: number;
      /** What Retry-After asked for, already capped (collector/http/retry-after.ts). */
      retryAfterMs?: number;
      /** The request may have reached the helpdesk although we heard no success: look for the ticket before sending again. */
      ambiguous?: boolean;
    } = {},
  ) {
    super(vendor, message);
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/** Text a helpdesk chose, made safe to quote in one line: controls dropped, at most 120 characters. */
export function quoteRemote(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}
