// The dashboard's figures computed from the mentions synced into this browser, in the shape of
// GET /api/stats/sentiment, for when the collector cannot answer (offline, or an older collector).
import { foldText } from '../../../shared/text-fold.ts';
import { IMMEDIACY_HOURS } from '../../../shared/priority/index.ts';
import type { Mention } from '../../../shared/mention.ts';
import type { LabelCounts, SentimentStats, StatsQuery } from '../../sync/sentiment-stats.ts';
import { bucketStart, nextBucket } from './stats-range.ts';

/** Upper bounds (hours) of the response-time histogram, as the collector uses them; `null` holds the rest. */
export const RESPONSE_BUCKETS = [1, 4, 8, 24, 48, 72, 168] as const;

// Words that say nothing about what went wrong (English and Spanish), folded like the text.
const STOPWORDS = new Set(
  ('the and for are but not you all any can had her was one our out has him his how its may new now old see two way who did '
    + 'get got just like this that with from they them then than have been were will would there their what when your about '
    + 'again after before because could into more most only other over same some such very also even still ever never '
    + 'los las una unos unas del por para con sin que como pero mas muy ya hay fue son sus les nos esta este esto eso ese '
    + 'estan todo toda todos todas otra otro cuando donde desde hasta sobre entre tras tambien aun vez veces dia dias')
    .split(' '),
);

const countsOf = (): LabelCounts => ({ negative: 0, neutral: 0, positive: 0, unscored: 0 });
const labelOf = (m: Mention): keyof LabelCounts => ('label' in m.sentiment ? m.sentiment.label : 'unscored');
const dateOf = (m: Mention): string => m.publishedAt ?? m.collectedAt;

function keyOf(mention: Mention, by: StatsQuery['by']): string[] {
  if (by === 'platform') return [mention.platform];
  if (by === 'moment') return [mention.moment ?? 'none'];
  if (by === 'stage') return [mention.stage ?? 'none'];
  const brands = [...new Set(mention.matches.map((m) => m.brand))];
  return brands.length > 0 ? brands : ['none'];
}

/** Content words of the negative mentions, most frequent first (brand names left out). */
export function topTermsOf(mentions: Mention[], limit = 10): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const brands = new Set(mention.matches.flatMap((m) => foldText(m.brand).split(/\s+/)));
    const words = new Set(
      foldText(`${mention.title ?? ''} ${mention.text}`)
        .replace(/https?:\/\/\S+|[@#]\w+/g, ' ')
        .split(/[^a-z0-9ñ]+/)
        .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOPWORDS.has(w) && !brands.has(w)),
    );
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)).slice(0, limit);
}

/**
 * The statistics of the mentions in the query's range and filters. Response time is publication to the
 * last triage change, which for a mention triaged once is its first response (the browser keeps no history).
 */
export function computeLocalStats(all: Mention[], query: StatsQuery, now: number): SentimentStats {
  const mentions = all.filter(
    (m) => dateOf(m) >= query.from && dateOf(m) < query.to && (!query.platform || m.platform === query.platform) && (!query.brand || m.matches.some((b) => b.brand === query.brand)),
  );
  const series: SentimentStats['series'] = [];
  const index = new Map<number, LabelCounts & { start: string }>();
  for (let start = bucketStart(Date.parse(query.from), query.bucket); start < Date.parse(query.to); start = nextBucket(start, query.bucket)) {
    const bucket = { start: new Date(start).toISOString(), ...countsOf() };
    series.push(bucket);
    index.set(start, bucket);
  }
  const breakdown: Record<string, LabelCounts> = {};
  for (const mention of mentions) {
    const label = labelOf(mention);
    const bucket = index.get(bucketStart(Date.parse(dateOf(mention)), query.bucket));
    if (bucket) bucket[label] += 1;
    for (const key of keyOf(mention, query.by)) (breakdown[key] ??= countsOf())[label] += 1;
  }
  const negatives = mentions.filter((m) => labelOf(m) === 'negative');
  const scored = mentions.filter((m) => labelOf(m) !== 'unscored').length;
  const responseTimes: SentimentStats['responseTimes'] = { within48h: 0, over48h: 0, waiting: 0, buckets: [...RESPONSE_BUCKETS, null].map((hours) => ({ hours, count: 0 })) };
  for (const mention of negatives) {
    if (!mention.publishedAt) continue;
    const published = Date.parse(mention.publishedAt);
    if (mention.triage.status === 'new') {
      if ((now - published) / 3_600_000 > IMMEDIACY_HOURS) responseTimes.over48h += 1;
      else responseTimes.waiting += 1;
      continue;
    }
    const hours = Math.max(0, (Date.parse(mention.triage.updatedAt) - published) / 3_600_000);
    if (hours <= IMMEDIACY_HOURS) responseTimes.within48h += 1;
    else responseTimes.over48h += 1;
    const bound = RESPONSE_BUCKETS.find((h) => hours <= h) ?? null;
    const bucket = responseTimes.buckets.find((b) => b.hours === bound);
    if (bucket) bucket.count += 1;
  }
  return {
    from: query.from,
    to: query.to,
    bucket: query.bucket,
    by: query.by,
    series,
    breakdown,
    negativeShare: scored === 0 ? null : negatives.length / scored,
    topNegativeTerms: topTermsOf(negatives),
    responseTimes,
  };
}
