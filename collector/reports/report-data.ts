// What a report holds, read from the store for a range (and optionally one brand): volume and sentiment per
// bucket, key drivers, top negative phrases, response times against the 48 h limit, share of voice, and the most-seen
// posts. Every figure comes from the statistics the API serves, so a report and the dashboard agree.
import type { ShareOfVoice } from '../../shared/api/share-of-voice.ts';
import type { SentimentStats } from '../../shared/api/stats.ts';
import { sentimentLabelOf, type Mention } from '../../shared/mention.ts';
import type { KeyDrivers } from '../../shared/stats/key-drivers.ts';
import type { TimeBucket } from '../../shared/stats/time-buckets.ts';
import type { MentionPosition, VigiaStore } from '../store/store.ts';
import { loadKeyDrivers } from './load-key-drivers.ts';
import { loadShareOfVoice, type WatchedBrand } from './load-share-of-voice.ts';

/** How many posts the report shows. */
export const TOP_POSTS = 8;
/** The most mentions read to pick the top posts from (the figures themselves are aggregated by the database). */
const MAX_SCANNED = 20_000;
/** Up to this many days, one point a day; longer ranges, one a week. */
const DAILY_UP_TO_DAYS = 45;

export interface ReportRange {
  /** ISO instant, inclusive. */
  from: string;
  /** ISO instant, exclusive. */
  to: string;
  /** Only mentions of this brand (its share of voice is still shown against the others); absent: our brands' (not the competitors'). */
  brand?: string;
}

/** One post of the report, its text as published (the renderers escape it). */
export interface ReportPost {
  id: string;
  url?: string;
  platform: string;
  author: string;
  publishedAt?: string;
  text: string;
  sentiment: 'negative' | 'neutral' | 'positive' | 'unscored';
  reach?: number;
  priority: number;
}

export interface ReportData extends ReportRange {
  bucket: TimeBucket;
  /** When the report was made: unanswered complaints are judged against 48 h at this moment. */
  generatedAt: string;
  stats: SentimentStats;
  shareOfVoice: ShareOfVoice;
  /** The key drivers of the range (of the brand, else of our brands: not the competitors') against the period before. */
  keyDrivers: KeyDrivers;
  topPosts: ReportPost[];
}

export const reportBucketOf = (from: string, to: string): TimeBucket => (Date.parse(to) - Date.parse(from) <= DAILY_UP_TO_DAYS * 86_400_000 ? 'day' : 'week');

function toReportPost(m: Mention): ReportPost {
  return {
    id: m.id,
    ...(m.url ? { url: m.url } : {}),
    platform: m.platform,
    author: m.author.handle ? `@${m.author.handle}` : (m.author.name ?? ''),
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
    text: [m.title, m.text].filter(Boolean).join(' — '),
    sentiment: sentimentLabelOf(m.sentiment) ?? 'unscored',
    ...(m.reach !== undefined ? { reach: m.reach } : {}),
    priority: m.priority,
  };
}

/** The most-seen posts among `mentions`: widest reach first, then highest priority (hidden mentions left out). */
const mostSeen = (mentions: readonly Mention[]): ReportPost[] =>
  mentions
    .filter((m) => !m.muted)
    .sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0) || b.priority - a.priority || a.id.localeCompare(b.id))
    .slice(0, TOP_POSTS)
    .map(toReportPost);

/** The most-seen posts of the range (of the brand). */
async function topPosts(store: VigiaStore, range: ReportRange): Promise<ReportPost[]> {
  const picked: Mention[] = [];
  let scanned = 0;
  // Newest first from the end of the range (the page key is exclusive: nothing at `to` itself).
  let position: MentionPosition | undefined = { mode: 'newest', after: { sortAt: range.to, id: '' }, publishedSince: range.from };
  while (position && scanned < MAX_SCANNED) {
    // An all-brands report's posts are our brands' (a competitor's post is compared under share of voice).
    const page = await store.listMentions(range.brand ? { muted: 'hide' } : { muted: 'hide', competitor: false }, position, 500);
    for (const m of page.items) if (!range.brand || m.matches.some((b) => b.brand === range.brand)) picked.push(m);
    scanned += page.items.length;
    position = page.next;
  }
  return mostSeen(picked);
}

/** Everything a report shows, for `range`, judged at `now`. */
export async function loadReport(store: VigiaStore, brands: readonly WatchedBrand[], range: ReportRange, now: Date): Promise<ReportData> {
  const bucket = reportBucketOf(range.from, range.to);
  const at = now.toISOString();
  const query = { from: range.from, to: range.to, bucket, by: 'platform' as const, now: at, topTerms: 10 };
  // An all-brands report speaks of our brands: a competitor's complaints are neither our volume nor ours to
  // answer within 48 h (they are compared under share of voice).
  const stats = await store.sentimentStats({ ...query, ...(range.brand ? { brand: range.brand } : { competitor: false }) });
  const posts = await topPosts(store, range);
  const shareOfVoice = await loadShareOfVoice(store, brands, { from: range.from, to: range.to, bucket, now: at });
  const keyDrivers = await loadKeyDrivers(store, { from: range.from, to: range.to, ...(range.brand ? { brand: range.brand } : {}) });
  return { ...range, bucket, generatedAt: at, stats, shareOfVoice, keyDrivers, topPosts: posts };
}
