// How the collector behaves towards every host, in one place for feed fetches and the browser pool alike:
// robots.txt (per origin, cached), one request at a time with a gap (widened by Crawl-delay), and pauses
// that 429/5xx answers ask for with Retry-After (capped). collect-deps shares one between both.
import type { ResolveHost } from './address-guard.ts';
import { guardedFetch } from './guarded-fetch.ts';
import { HostGate } from './host-gate.ts';
import { parseRetryAfter } from './retry-after.ts';
import { RobotsRules, type FetchRobots } from './robots-rules.ts';

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'Vigia';

export interface PolitenessOptions {
  /** Our User-Agent header, sent for robots.txt too. */
  userAgent: string;
  /** Longest wait for a host's turn before a request gives up (HostPaused). @default 300000 */
  maxWaitMs?: number;
  /** Time limit for fetching a robots.txt. @default 10000 */
  robotsTimeoutMs?: number;
  /** DNS for the redirect check of robots.txt. */
  resolve?: ResolveHost;
}

export class Politeness {
  readonly gate: HostGate;
  private readonly robots: RobotsRules;

  constructor(options: PolitenessOptions) {
    this.gate = new HostGate({ maxWaitMs: options.maxWaitMs });
    this.robots = new RobotsRules(ROBOTS_AGENT, robotsFetcher(options));
  }

  /** Why robots.txt forbids `url` (undefined when it allows it); its Crawl-delay becomes the host's smallest gap. */
  async robotsRefusal(url: URL): Promise<string | undefined> {
    const verdict = await this.robots.check(url.href);
    if (verdict.crawlDelayMs) this.gate.setCrawlDelay(url.host, verdict.crawlDelayMs);
    return verdict.allowed ? undefined : (verdict.reason ?? `robots.txt disallows ${url.href}`);
  }

  /**
   * A 429 or 5xx answer with Retry-After: every request to `host` (feeds and pages) waits that long, at most
   * MAX_RETRY_AFTER_MS. Returns the wait, or undefined when the answer asked for none.
   */
  noteAnswer(host: string, status: number, retryAfter: string | null | undefined): number | undefined {
    if (status !== 429 && status < 500) return undefined;
    const waitMs = parseRetryAfter(retryAfter);
    if (waitMs !== undefined) this.gate.pause(host, waitMs);
    return waitMs;
  }
}

/** Fetches robots.txt with our User-Agent, a time limit, redirects checked like any other request's. */
export function robotsFetcher(options: Pick<PolitenessOptions, 'userAgent' | 'robotsTimeoutMs' | 'resolve'>): FetchRobots {
  return async (url, maxBytes) => {
    const signal = AbortSignal.timeout(options.robotsTimeoutMs ?? 10_000);
    const { response } = await guardedFetch(new URL(url), { headers: { 'user-agent': options.userAgent, accept: 'text/plain, */*;q=0.5' }, signal, resolve: options.resolve });
    if (!response.ok) {
      await response.body?.cancel();
      return { status: response.status, text: '' };
    }
    return { status: response.status, text: await readText(response, maxBytes) };
  };
}

/** At most `maxBytes` of a body as UTF-8 text; the rest is not downloaded. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    chunks.push(chunk);
    total += chunk.byteLength;
    if (total >= maxBytes) break;
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, maxBytes));
}
