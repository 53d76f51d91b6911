// The key drivers from mentions held in memory (the extension's synced mentions, when the collector cannot
// be asked): the same tallies the collector's SQL makes, fed to the same keyDrivers.
import { sentimentLabelOf, type Mention } from '../mention.ts';
import { keyDrivers, previousPeriod, type AspectTally, type KeyDrivers, type PeriodTally } from './key-drivers.ts';

/** `from` inclusive, `to` exclusive, on the publication date (else the collection date), as the API. */
export function keyDriversOf(mentions: readonly Mention[], q: { from: string; to: string; brand?: string }): KeyDrivers {
  const before = previousPeriod(q.from, q.to);
  const [start, split, end] = [Date.parse(before.from), Date.parse(q.from), Date.parse(q.to)];
  const labels = new Map<string, PeriodTally>();
  const aspects = new Map<string, AspectTally>();
  const seen = new Set<string>();
  for (const m of mentions) {
    const at = Date.parse(m.publishedAt ?? m.collectedAt);
    if (!(at >= start && at < end) || seen.has(m.id)) continue;
    if (q.brand && !m.matches.some((b) => b.brand === q.brand)) continue;
    seen.add(m.id);
    const period = at >= split ? 'current' : 'previous';
    const label = sentimentLabelOf(m.sentiment) ?? 'unscored';
    const row = labels.get(`${period}\n${label}`) ?? labels.set(`${period}\n${label}`, { period, label, count: 0 }).get(`${period}\n${label}`)!;
    row.count += 1;
    const own = new Map<string, MentionAspectSentiment>();
    for (const a of m.aspects ?? []) if (!own.has(a.aspect)) own.set(a.aspect, a.sentiment);
    for (const [aspect, sentiment] of own) {
      const key = `${period}\n${aspect}\n${sentiment}`;
      const tally = aspects.get(key) ?? aspects.set(key, { period, aspect, sentiment, count: 0, weight: 0 }).get(key)!;
      tally.count += 1;
      tally.weight += 1 / own.size;
    }
  }
  return keyDrivers(q, [...labels.values()], [...aspects.values()]);
}

type MentionAspectSentiment = NonNullable<Mention['aspects']>[number]['sentiment'];
