// robots.txt, fetched once per origin and cached, read per RFC 9309 with a well-kept parser.
import robotsParser from 'robots-parser';

/** What robots.txt says about one URL. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Why not, when not allowed. */
  reason?: string;
  /** The Crawl-delay robots.txt asks of us, in milliseconds. */
  crawlDelayMs?: number;
}

type Rules = { robot?: ReturnType<typeof robotsParser>; unreachable?: string; expires: number };

/** RFC 9309 §2.4: crawlers may stop reading after 500 KiB. */
const MAX_ROBOTS_BYTES = 500 * 1024;
const DAY_MS = 86_400_000;
/** An unreachable robots.txt means "disallow all" (RFC 9309 §2.3.1.4); ask again after a while. */
const RETRY_UNREACHABLE_MS = 5 * 60_000;

export class RobotsRules {
  private readonly byOrigin = new Map<string, Promise<Rules>>();

  constructor(
    /** Our full User-Agent header. */
    private readonly userAgent: string,
    /** Product token matched against robots.txt groups. */
    private readonly agentToken: string,
    private readonly timeoutMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const { origin } = new URL(url);
    let cached = this.byOrigin.get(origin);
    if (!cached || (await cached).expires < this.now()) {
      cached = this.load(origin);
      this.byOrigin.set(origin, cached);
    }
    const rules = await cached;
    if (rules.unreachable) return { allowed: false, reason: `robots.txt of ${origin} is unreachable (${rules.unreachable})` };
    if (!rules.robot) return { allowed: true };
    const verdict: RobotsVerdict = { allowed: rules.robot.isAllowed(url, this.agentToken) !== false };
    if (!verdict.allowed) verdict.reason = `robots.txt of ${origin} disallows ${new URL(url).pathname}`;
    const delay = rules.robot.getCrawlDelay(this.agentToken);
    if (delay !== undefined && Number.isFinite(delay) && delay > 0) verdict.crawlDelayMs = Math.min(delay, 60) * 1000;
    return verdict;
  }

  private async load(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const response = await fetch(robotsUrl, { headers: { 'user-agent': this.userAgent }, signal: AbortSignal.timeout(this.timeoutMs) });
      // 4xx: no rules, crawl freely (RFC 9309 §2.3.1.3); 5xx: unreachable.
      if (response.status >= 500) return { unreachable: `HTTP ${response.status}`, expires: this.now() + RETRY_UNREACHABLE_MS };
      if (!response.ok) return { expires: this.now() + DAY_MS };
      const text = (await response.text()).slice(0, MAX_ROBOTS_BYTES);
      return { robot: robotsParser(robotsUrl, text), expires: this.now() + DAY_MS };
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error';
      return { unreachable: reason, expires: this.now() + RETRY_UNREACHABLE_MS };
    }
  }
}
