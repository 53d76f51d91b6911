// fetch() with redirects followed by hand: a bounded number of hops, credentials dropped when one leaves the
// origin, and no hop from the source's host to this machine or its private network (address-guard.ts).
import { FetchError } from '../errors.ts';
import { refusedDestination, systemResolve, type ResolveHost } from './address-guard.ts';

/** More hops than this from one URL is a redirect loop. */
export const MAX_REDIRECTS = 10;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * How a connection ends before any answer when the server had already closed it: a kept-alive socket reused just
 * as the host's idle timeout closed it (a main thread busy enriching for seconds reads the close late). Every
 * request here is a GET, so asking once more, on a new connection, is safe; a host that keeps doing it fails.
 */
const CLOSED_BEFORE_ANSWER = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);

async function fetchOnceMoreIfClosed(url: URL, init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'manual' }): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    if (init.signal.aborted || typeof code !== 'string' || !CLOSED_BEFORE_ANSWER.has(code)) throw error;
    return fetch(url, init);
  }
}
/** Headers that must not follow a redirect to another origin (as browsers do for Authorization). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

export interface GuardedFetchOptions {
  headers: Record<string, string>;
  signal: AbortSignal;
  /** The configured source: hops to its host are trusted, others are checked. @default the requested URL */
  trusted?: URL;
  /** @default MAX_REDIRECTS */
  maxRedirects?: number;
  /** DNS for the destination check. @default the system's */
  resolve?: ResolveHost;
  /** Asked before each redirect hop: why not to go there (robots.txt), or undefined. */
  admit?: (url: URL) => Promise<string | undefined>;
}

/** The final response (never a redirect the check refused) and the URL it came from. */
export async function guardedFetch(url: URL, opts: GuardedFetchOptions): Promise<{ response: Response; url: URL }> {
  const trusted = opts.trusted ?? url;
  const resolve = opts.resolve ?? systemResolve;
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS;
  let current = url;
  let headers = opts.headers;
  for (let hop = 0; ; hop++) {
    const refusal = (await refusedDestination(trusted, current, resolve)) ?? (hop ? await opts.admit?.(current) : undefined);
    if (refusal) throw new FetchError(hop ? `${url.href} redirected to ${current.href}, refused: ${refusal}` : `${current.href} refused: ${refusal}`);
    const response = await fetchOnceMoreIfClosed(current, { headers, signal: opts.signal, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return { response, url: current };
    await response.body?.cancel();
    if (hop >= maxRedirects) throw new FetchError(`${url.href}: redirect loop (more than ${maxRedirects} redirects)`);
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw new FetchError(`${current.href} redirected to an invalid address`);
    }
    if (next.origin !== current.origin) headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIALS.includes(name.toLowerCase())));
    current = next;
  }
}
