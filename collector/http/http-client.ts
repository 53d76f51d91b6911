// The one configured HTTP client: our User-Agent, conditional GET, a timeout, a body-size cap, redirects
// followed by hand (never from a public source into this machine's network), and the shared politeness:
// robots.txt, one request at a time per host, Retry-After.
import { clampDelay } from '../duration.ts';
import { FetchError } from '../errors.ts';
import type { ResolveHost } from './address-guard.ts';
import { guardedFetch } from './guarded-fetch.ts';
import { HostPaused, untilAborted } from './host-gate.ts';
import { Politeness } from './politeness.ts';
import { quoteRemote } from './remote-text.ts';

export interface HttpGetOptions {
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  accept?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Honour robots.txt (a source's `robots: false` turns it off). @default true */
  robots?: boolean;
  /**
   * The configured source URL this request is made for: a request or redirect to another host is refused
   * when that host is a private address. @default the requested URL
   */
  source?: string;
}

export interface HttpResponse {
  status: number;
  notModified: boolean;
  url: string;
  body: Uint8Array;
  contentType?: string;
  etag?: string;
  lastModified?: string;
}

export interface HttpClient {
  get(url: string, options?: HttpGetOptions): Promise<HttpResponse>;
}

export interface HttpClientOptions {
  userAgent: string;
  /** @default 15000 */
  timeoutMs?: number;
  /** @default 10485760 */
  maxBodyBytes?: number;
  /** Pacing, robots.txt and Retry-After, shared with the browser pool. @default one of its own */
  politeness?: Politeness;
  /** DNS for the private-address check. @default the system's */
  resolve?: ResolveHost;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new FetchError(`response of ${declared} bytes exceeds the ${maxBytes}-byte limit`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new FetchError(`response exceeds the ${maxBytes}-byte limit`);
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const maxBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const politeness = options.politeness ?? new Politeness({ userAgent: options.userAgent, resolve: options.resolve });
  const { gate } = politeness;

  async function request(target: URL, opts: HttpGetOptions): Promise<HttpResponse> {
    const url = target.href;
    const timeoutMs = opts.timeoutMs ?? options.timeoutMs ?? 15_000;
    // The time limit starts once it is this request's turn at its host, not while it queues.
    const timeout = AbortSignal.timeout(clampDelay(timeoutMs));
    const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
    const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: opts.accept ?? '*/*', ...opts.headers };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    try {
      const trusted = opts.source ? new URL(opts.source) : target;
      // A redirect to another site is asked of that site's robots.txt too.
      const admit = opts.robots === false ? undefined : (hop: URL) => politeness.robotsRefusal(hop);
      const { response, url: finalUrl } = await guardedFetch(target, { headers, signal, trusted, resolve: options.resolve, admit });
      const base = {
        status: response.status,
        url: finalUrl.href,
        contentType: response.headers.get('content-type') ?? undefined,
        etag: response.headers.get('etag') ?? opts.etag,
        lastModified: response.headers.get('last-modified') ?? opts.lastModified,
      };
      if (response.status === 304) return { ...base, notModified: true, body: new Uint8Array() };
      if (!response.ok) {
        await response.body?.cancel();
        const retryAfterMs = politeness.noteAnswer(finalUrl.host, response.status, response.headers.get('retry-after'));
        throw new FetchError(`${url} answered ${response.status} ${quoteRemote(response.statusText, 60)}`.trim(), response.status, retryAfterMs);
      }
      return { ...base, notModified: false, body: await readCapped(response, maxBytes) };
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if (timeout.aborted) throw new FetchError(`${url} timed out after ${timeoutMs} ms`, undefined, undefined, { cause: error });
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new FetchError(`${url} could not be fetched: ${quoteRemote(cause?.code ?? cause?.message ?? (error as Error).message)}`, undefined, undefined, { cause: error });
    }
  }

  return {
    async get(url, opts = {}) {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        throw new FetchError(`not a URL: ${quoteRemote(url)}`);
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FetchError(`not an http(s) URL: ${quoteRemote(url)}`);
      if (opts.robots !== false) {
        const refusal = await politeness.robotsRefusal(target);
        if (refusal) throw new FetchError(refusal);
      }
      const host = target.host;
      return gate.exclusive(
        host,
        async () => {
          try {
            await gate.beforeRequest(host, { gapMs: 0, signal: opts.signal });
          } catch (error) {
            if (error instanceof HostPaused) throw new FetchError(error.message, undefined, error.retryAfterMs);
            throw error;
          }
          try {
            return await request(target, opts);
          } finally {
            gate.afterRequest(host, 0);
          }
        },
        opts.signal,
      );
    },
  };
}
