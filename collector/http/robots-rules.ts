// robots.txt, fetched once per origin and cached, read per RFC 9309 with a well-kept parser.
import robotsParser from 'robots-parser';
import { quoteRemote } from './remote-text.ts';

/** What robots.txt says about one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Why not, when not allowed. */
  reason?: string;
  /** The Crawl-delay robots.txt asks of us, in milliseconds. */
  crawlDelayMs?: number;
}

/** Fetches a robots.txt: its status and at most `maxBytes` of its text; throws on a network error or timeout. */
export type FetchRobots = (url: string, maxBytes: number) => Promise<{ status: number; text: string }>;

type Rules = { robot?: ReturnType<typeof robotsParser>; unreachable?: string; expires: number };

/** RFC 9309 §2.4: crawlers may stop reading after 500 KiB. */
const MAX_ROBOTS_BYTES = 500 * 1024;
/** RFC 9309 §2.4: a cached robots.txt is used for at most 24 hours. */
const DAY_MS = 86_400_000;
/** An unreachable robots.txt means "disallow all" (RFC 9309 §2.3.1.4); ask again after a while. */
const RETRY_UNREACHABLE_MS = 5 * 60_000;
/** The longest Crawl-delay honoured, in seconds. */
const MAX_CRAWL_DELAY_S = 60;

export class RobotsRules {
  private readonly byOrigin = new Map<string, Promise<Rules>>();

  constructor(
    /** Product token matched against robots.txt groups. */
    private readonly agentToken: string,
    private readonly fetchRobots: FetchRobots,
    private readonly now: () => number = Date.now,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const { origin } = new URL(url);
    let cached = this.byOrigin.get(origin);
    if (!cached || (await cached).expires <= this.now()) {
      cached = this.load(origin);
      this.byOrigin.set(origin, cached);
    }
    const rules = await cached;
    if (rules.unreachable) return { allowed: false, reason: `robots.txt of ${origin} is unreachable (${rules.unreachable})` };
    if (!rules.robot) return { allowed: true };
    const verdict: RobotsVerdict = { allowed: rules.robot.isAllowed(url, this.agentToken) !== false };
    if (!verdict.allowed) verdict.reason = `robots.txt of ${origin} disallows ${new URL(url).pathname}`;
    const delay = rules.robot.getCrawlDelay(this.agentToken);
    if (delay !== undefined && Number.isFinite(delay) && delay > 0) verdict.crawlDelayMs = Math.min(delay, MAX_CRAWL_DELAY_S) * 1000;
    return verdict;
  }

  private async load(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const { status, text } = await this.fetchRobots(robotsUrl, MAX_ROBOTS_BYTES);
      // 4xx: no rules, crawl freely (RFC 9309 §2.3.1.3); 5xx: unreachable.
      if (status >= 500) return { unreachable: `HTTP ${status}`, expires: this.now() + RETRY_UNREACHABLE_MS };
      if (status < 200 || status >= 300) return { expires: this.now() + DAY_MS };
      return { robot: robotsParser(robotsUrl, text), expires: this.now() + DAY_MS };
    } catch (error) {
      // Asked again on the next request: a network error is usually brief, and the request would fail anyway.
      return { unreachable: networkReason(error), expires: this.now() };
    }
  }
}

function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || /timed out/.test(error.message))) return 'timed out';
  if (error instanceof Error && /refused:/.test(error.message)) return error.message.replace(/^fetcher: /, '');
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string' && /^[A-Z_]+$/.test(cause.code)) return cause.code;
  return typeof cause?.message === 'string' ? quoteRemote(cause.message, 60) : 'network error';
}
