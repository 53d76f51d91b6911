// The key drivers from mentions held in memory (the extension's synced mentions when the collector cannot be
// asked): the same tallies the collector's SQL makes, fed to the same keyDrivers.
//
// Scope. With a brand: that brand's mentions, competitor or not (a competitor gets its own drivers). Without:
// OUR mentions — every mention but those about competitors only (as `?competitor=false` lists them): key
// drivers answer "why is our sentiment down", competitors have their place in share of voice.
import { isAboutCompetitorsOnly, sentimentLabelOf, type Mention } from '../mention.ts';
import { keyDrivers, previousPeriod, type AspectTally, type KeyDrivers, type PeriodTally } from './key-drivers.ts';

export interface KeyDriverScope {
  /** ISO instant, inclusive, on the publication date (else the collection date), as the API. */
  from: string;
  /** ISO instant, exclusive. */
  to: string;
  /** One brand's mentions; absent: our brands' (every mention not about competitors only). */
  brand?: string;
}

/** Whether a mention counts in the scope's key drivers (its date aside). */
export const inKeyDriverScope = (m: Pick<Mention, 'matches'>, brand: string | undefined): boolean =>
  brand ? m.matches.some((b) => b.brand === brand) : !isAboutCompetitorsOnly(m.matches);

/** Tallies mentions one by one (a store's pages, a database's rows), then answers the key drivers. */
export function keyDriverTally(q: KeyDriverScope): { add(m: Mention): void; result(): KeyDrivers } {
  const before = previousPeriod(q.from, q.to);
  const [start, split, end] = [Date.parse(before.from), Date.parse(q.from), Date.parse(q.to)];
  const labels = new Map<string, PeriodTally>();
  const aspects = new Map<string, AspectTally>();
  const seen = new Set<string>();
  return {
    add(m) {
      const at = Date.parse(m.publishedAt ?? m.collectedAt);
      if (!(at >= start && at < end) || seen.has(m.id) || !inKeyDriverScope(m, q.brand)) return;
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
    },
    result: () => keyDrivers(q, [...labels.values()], [...aspects.values()]),
  };
}

/** The key drivers of the mentions in scope among `mentions`. */
export function keyDriversOf(mentions: readonly Mention[], q: KeyDriverScope): KeyDrivers {
  const tally = keyDriverTally(q);
  for (const m of mentions) tally.add(m);
  return tally.result();
}

type MentionAspectSentiment = NonNullable<Mention['aspects']>[number]['sentiment'];
