// An HttpClient that answers from memory and remembers each request, so adapters are tested without network.
import type { HttpClient, HttpGetOptions, HttpResponse } from '../../http/http-client.ts';
import type { SourceConfig } from '../../config.ts';

/** What the fake answers for one URL: a body (string or JSON value), a status, headers. */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
  contentType?: string;
  etag?: string;
}

export interface FakeHttp extends HttpClient {
  requests: { url: string; options: HttpGetOptions }[];
}

export function fakeHttp(answer: (url: URL) => FakeAnswer): FakeHttp {
  const requests: FakeHttp['requests'] = [];
  return {
    requests,
    async get(url, options = {}): Promise<HttpResponse> {
      requests.push({ url, options });
      const a = answer(new URL(url));
      const status = a.status ?? 200;
      const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? null);
      return {
        status,
        notModified: status === 304,
        url,
        body: status === 304 ? new Uint8Array() : new TextEncoder().encode(text),
        contentType: a.contentType ?? (typeof a.body === 'string' ? 'application/xml' : 'application/json'),
        etag: a.etag,
      };
    },
  };
}

/** A source entry as the config loader would give it. */
export function sourceEntry(kind: string, url: string, extra: Record<string, unknown> = {}): SourceConfig {
  return { id: `test-${kind}`, kind, url, every: '15m', enabled: true, timeoutMs: 15_000, ...extra };
}
