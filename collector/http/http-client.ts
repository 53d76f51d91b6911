// The one configured HTTP client: our User-Agent, conditional GET, a timeout, a body-size cap.
import { FetchError } from '../errors.ts';

export interface HttpGetOptions {
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  accept?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
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
}

/** Seconds or an HTTP date in Retry-After, as milliseconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
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
  return {
    async get(url, opts = {}) {
      const timeoutMs = opts.timeoutMs ?? options.timeoutMs ?? 15_000;
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
      const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: opts.accept ?? '*/*', ...opts.headers };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      try {
        const response = await fetch(url, { headers, signal, redirect: 'follow' });
        const base = {
          status: response.status,
          url: response.url || url,
          contentType: response.headers.get('content-type') ?? undefined,
          etag: response.headers.get('etag') ?? opts.etag,
          lastModified: response.headers.get('last-modified') ?? opts.lastModified,
        };
        if (response.status === 304) return { ...base, notModified: true, body: new Uint8Array() };
        if (!response.ok) {
          await response.body?.cancel();
          throw new FetchError(`${url} answered ${response.status} ${response.statusText}`.trim(), response.status, parseRetryAfter(response.headers.get('retry-after')));
        }
        return { ...base, notModified: false, body: await readCapped(response, maxBytes) };
      } catch (error) {
        if (error instanceof FetchError) throw error;
        if (timeout.aborted) throw new FetchError(`${url} timed out after ${timeoutMs} ms`, undefined, undefined, { cause: error });
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new FetchError(`${url} could not be fetched: ${cause?.code ?? cause?.message ?? (error as Error).message}`, undefined, undefined, { cause: error });
      }
    },
  };
}
