// The one way connectors talk to a helpdesk: JSON over fetch with a deadline, our User-Agent, and every
// failure turned into a named TicketError (Retry-After read by collector/http's one parser).
import { parseRetryAfter } from '../http/retry-after.ts';
import { TicketError, quoteRemote } from './ticket-error.ts';

export interface HelpdeskRequest {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
}

export interface HelpdeskHttpOptions {
  vendor: string;
  userAgent: string;
  /** Per request. @default 10000 */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** What the helpdesk said about the failure, from the usual error fields of the four APIs. */
function remoteReason(body: unknown): string | undefined {
  if (Array.isArray(body)) return remoteReason(body[0]);
  if (!body || typeof body !== 'object') return typeof body === 'string' && body ? quoteRemote(body) : undefined;
  const b = body as Record<string, unknown>;
  const parts = [b.description, b.message, b.error, b.errorCode, b.details].flatMap((v) => {
    if (typeof v === 'string') return [v];
    if (v && typeof v === 'object') return [JSON.stringify(v)];
    return [];
  });
  if (Array.isArray(b.errors)) parts.push(JSON.stringify(b.errors));
  return parts.length ? quoteRemote(parts.join(': ')) : undefined;
}

const KIND_OF: Record<number, ['unauthorized' | 'forbidden' | 'not-found' | 'invalid' | 'rate-limited', string]> = {
  400: ['invalid', 'bad request'],
  401: ['unauthorized', 'unauthorized: check the credentials the config names'],
  403: ['forbidden', 'forbidden: the credentials may not do this'],
  404: ['not-found', 'not found'],
  422: ['invalid', 'refused the ticket'],
  429: ['rate-limited', 'rate limited'],
};

export function createHelpdeskHttp(opts: HelpdeskHttpOptions) {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const doFetch = opts.fetchImpl ?? fetch;
  const fail = (kind: ConstructorParameters<typeof TicketError>[1], message: string, details: ConstructorParameters<typeof TicketError>[3] = {}) =>
    new TicketError(opts.vendor, kind, message, details);

  /** The JSON (or text) answer of a 2xx; anything else throws a TicketError. */
  async function send(request: HelpdeskRequest): Promise<{ status: number; body: unknown; text: string }> {
    let response: Response;
    try {
      response = await doFetch(request.url, {
        method: request.method,
        headers: { accept: 'application/json', 'user-agent': opts.userAgent, ...(request.json !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers },
        ...(request.json !== undefined ? { body: JSON.stringify(request.json) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw fail('timeout', `timed out after ${Math.round(timeoutMs / 1000)} s`, { ambiguous: request.method !== 'GET' });
      const code = (error as { cause?: { code?: string } }).cause?.code ?? name;
      throw fail('unreachable', `could not be reached: ${code}`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw fail('timeout', `timed out after ${Math.round(timeoutMs / 1000)} s reading the answer`, { ambiguous: request.method !== 'GET' });
    }
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: kept as text for the error message.
    }
    if (response.ok) return { status: response.status, body, text };
    const reason = remoteReason(body);
    const known = KIND_OF[response.status];
    if (known) {
      const retryAfterMs = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      const wait = retryAfterMs !== undefined ? ` (retry after ${Math.round(retryAfterMs / 1000)} s)` : '';
      throw fail(known[0], `${response.status} ${known[1]}${wait}${reason ? `: ${reason}` : ''}`, { status: response.status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    }
    if (response.status >= 500 || response.status === 408) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      // A 5xx may come after the ticket was written: the next attempt looks for it first.
      throw fail('server', `${response.status} server error${reason ? `: ${reason}` : ''}`, { status: response.status, ambiguous: request.method !== 'GET', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    }
    throw fail('invalid', `${response.status} refused${reason ? `: ${reason}` : ''}`, { status: response.status });
  }

  return {
    send,
    /** A 2xx answer read through `parse`; a body of another shape is a `response` error (ambiguous for writes). */
    async json<T>(request: HelpdeskRequest, parse: (body: unknown) => T | undefined, what: string): Promise<T> {
      const { body } = await send(request);
      const value = parse(body);
      if (value === undefined) throw fail('response', `answered without ${what}`, { ambiguous: request.method !== 'GET' });
      return value;
    },
  };
}

export type HelpdeskHttp = ReturnType<typeof createHelpdeskHttp>;

/** HTTP Basic credentials as the header value. */
export const basicAuth = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
