// The live demo running: every second it takes what the stream has due, puts it at the top of the fixture
// feeds (the collector finds it on its next poll, like any post on the real sites) and does what the team
// would do in its CRM when it answers: records a touchpoint and marks the answered posts responded.
import { canonicalUrl, hash64 } from '../../../shared/stable-id.ts';
import { importRecords } from '../../customers/import-runner.ts';
import { parseImport } from '../../import/parse-import.ts';
import type { VigiaStore } from '../../store/store.ts';
import { newestDate, shiftDates, withLivePosts } from './feed-xml.ts';
import type { DemoFeed, DemoPost } from './live-post.ts';
import { createLiveStream, type LiveEvent, type LiveStreamOptions } from './live-stream.ts';

/** Posts kept per feed: real search feeds show the latest few dozen too. */
export const LIVE_FEED_LIMIT = 60;
/** The fixture posts end this long before the start, so the first live ones are the newest. */
const FIXTURES_END_BEFORE_MS = 20 * 60_000;

const FEED_OF_PATH: Readonly<Record<string, DemoFeed>> = {
  '/feeds/reddit-search.atom': 'reddit',
  '/feeds/mastodon-tag.rss': 'mastodon',
  '/feeds/google-news.rss': 'news',
};

export interface LiveDemoOptions extends LiveStreamOptions {
  store: VigiaStore;
  /** One line per post published, for the terminal. */
  log?: (line: string) => void;
  /** @default 1000 */
  tickMs?: number;
}

export interface LiveDemo {
  /** For the fixture server's `rewrite`: the feed with its dates moved to recent and the live posts on top. */
  rewrite(path: string, xml: string): string;
  /** Publishes what is due at `nowMs` (the timer calls it every tick); resolves once the CRM side is done. */
  tick(nowMs?: number): Promise<LiveEvent[]>;
  stop(): void;
}

export function startLiveDemo(opts: LiveDemoOptions): LiveDemo {
  const stream = createLiveStream(opts);
  const published: Record<DemoFeed, DemoPost[]> = { reddit: [], mastodon: [], news: [] };
  const shifts = new Map<string, number>();
  const log = opts.log ?? (() => {});
  let busy: Promise<unknown> = Promise.resolve();

  async function recordInCrm(event: LiveEvent): Promise<void> {
    if (event.touchpoint && event.customer) {
      const line = JSON.stringify({
        type: 'touchpoint',
        externalId: `demo-live-${hash64(event.post.url)}`,
        customer: event.customer,
        channel: event.touchpoint.channel,
        at: event.post.publishedAt,
        summary: event.touchpoint.summary,
        direction: 'outbound',
        outcome: event.touchpoint.outcome,
      });
      const parsed = parseImport(line, { format: 'jsonl' });
      const summary = await importRecords(opts.store.customers, parsed.records, new Date().toISOString());
      const failed = [...parsed.errors.map((e) => e.reason), ...summary.outcomes.flatMap((o) => (o.status === 'error' ? [o.reason] : []))];
      if (failed.length) log(`  demo: touchpoint for ${event.customer.name} not recorded: ${failed.join('; ')}`);
    }
    if (event.answers?.length) {
      const wanted = new Set(event.answers.map((url) => canonicalUrl(url)));
      const page = await opts.store.listMentions({}, { mode: 'newest' }, 200);
      for (const mention of page.items) {
        if (!wanted.has(canonicalUrl(mention.url))) continue;
        await opts.store.updateTriage(mention.id, { status: 'responded', updatedAt: event.post.publishedAt });
      }
    }
  }

  async function tick(nowMs = Date.now()): Promise<LiveEvent[]> {
    const events = stream.due(nowMs);
    for (const event of events) {
      const list = published[event.post.feed];
      list.unshift(event.post);
      list.length = Math.min(list.length, LIVE_FEED_LIMIT);
      log(`  live ${event.post.kind.padEnd(7)} ${event.post.feed.padEnd(8)} ${event.post.author}: ${(event.post.title ?? event.post.text).slice(0, 70)}${event.ending ? ` (${event.ending})` : ''}`);
    }
    // One at a time, in order: an answer is recorded after the posts it answers were.
    const done = events.reduce((chain, event) => chain.then(() => recordInCrm(event)), busy).catch((error: unknown) => log(`  demo: CRM update failed: ${String(error)}`));
    busy = done;
    await done;
    return events;
  }

  const timer = setInterval(() => void tick(), opts.tickMs ?? 1000);
  timer.unref();

  return {
    rewrite(path, xml) {
      const feed = FEED_OF_PATH[path];
      if (!feed) return xml;
      if (!shifts.has(path)) {
        const newest = newestDate(xml);
        shifts.set(path, Number.isNaN(newest) ? 0 : opts.startMs - FIXTURES_END_BEFORE_MS - newest);
      }
      return withLivePosts(shiftDates(xml, shifts.get(path)!), feed, published[feed]);
    },
    tick,
    stop: () => clearInterval(timer),
  };
}
