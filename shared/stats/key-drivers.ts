// Key drivers: which aspects moved a brand's net sentiment between two periods of equal length. Pure: the
// collector feeds it SQL aggregates, the extension could feed it the mentions it holds.
//
// Net sentiment of a set of mentions: netSentiment (sentiment-stats.ts), the one definition the dashboard,
// share of voice and reports show: (positive − negative) / scored mentions, in −1 … 1 (neutral posts dilute
// it; unscored ones are left out, never counted as neutral).
//
// Decomposition. Each scored mention m of the period weighs 1/N (N: the brand's scored mentions in the period) and shares
// that weight equally among its k_m aspects; aspect a of m scores s(m,a) ∈ {−1, 0, +1} (its own sentiment).
//   share(a)        = Σ_{m ∋ a} s(m,a) / k_m / N        — what aspect a adds to the period's net
//   contribution(a) = share_now(a) − share_before(a)    — what aspect a moved it by (net points, −2 … 2)
// Σ_a share(a) is the brand's net as its aspects tell it ("aspect net"); it equals the mention-level net
// whenever every aspect of a mention shares the mention's label (a polar text naming no aspect counts as
// `other`). The answer gives both nets, so the part the aspects do not explain (mixed posts, posts stored
// before aspects existed) stays visible as `unexplained`. Aspects are ranked by |contribution|.
//
// The catch-all `other` (a polar post naming no aspect) is not a driver: nobody can act on "other". It keeps
// its part of the decomposition (in `aspectNet` and `explained`, so the sums still hold) but stands apart
// from the ranked `aspects`, as `other`.
import type { SentimentLabel } from '../mention.ts';
import { netSentiment } from './sentiment-stats.ts';

/** One aggregate row: mentions of one period naming `aspect` with `sentiment`; `weight` = Σ 1/k_m over them. */
export interface AspectTally {
  period: 'current' | 'previous';
  aspect: string;
  sentiment: SentimentLabel;
  count: number;
  weight: number;
}

/** Mentions of one period by their own (whole-text) label; `unscored` ones count in `mentions`, not in N or the net. */
export interface PeriodTally {
  period: 'current' | 'previous';
  label: SentimentLabel | 'unscored';
  count: number;
}

export interface AspectDriver {
  aspect: string;
  /** Mentions naming it in the period. */
  volume: number;
  positive: number;
  neutral: number;
  negative: number;
  /** (positive − negative) / volume, −1 … 1; null without mentions. */
  net: number | null;
  previousVolume: number;
  previousNet: number | null;
  /** net − previousNet; null when either is null. */
  netChange: number | null;
  /** Its share of the brand's net now and before (see the decomposition above). */
  share: number;
  previousShare: number;
  /** share − previousShare: the net points this aspect moved the brand by. */
  contribution: number;
}

export interface PeriodSummary {
  from: string;
  to: string;
  mentions: number;
  /** Mention-level net (netSentiment): (positive − negative) / scored mentions; null without a scored mention. */
  net: number | null;
  /** Σ of the aspects' shares; null without a scored mention. */
  aspectNet: number | null;
}

export interface KeyDrivers {
  current: PeriodSummary;
  previous: PeriodSummary;
  /** current.net − previous.net; null when either is null. */
  netChange: number | null;
  /** Σ contributions of `aspects` and `other` = current.aspectNet − previous.aspectNet (an empty period's aspect net counts as 0). */
  explained: number;
  /** netChange − explained: what the aspects do not account for; null with netChange. */
  unexplained: number | null;
  /** Ranked by |contribution|, then volume, then id; actionable aspects only (never the catch-all). */
  aspects: AspectDriver[];
  /** The catch-all `other` (polar posts naming no aspect), apart from the ranking; absent when no mention of either period counts as other. */
  other?: AspectDriver;
}

/** The catch-all aspect id: counted in the sums, never ranked as a driver. */
export const CATCH_ALL_ASPECT = 'other';

const round = (x: number, digits = 3): number => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no -0 in JSON answers
};
const SIGN: Record<SentimentLabel, number> = { positive: 1, neutral: 0, negative: -1 };

/** The period before [from, to) of the same length. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = Date.parse(to) - Date.parse(from);
  return { from: new Date(Date.parse(from) - length).toISOString(), to: from };
}

function summary(from: string, to: string, labels: PeriodTally[], shares: number): PeriodSummary {
  const counts = { positive: 0, neutral: 0, negative: 0 };
  let mentions = 0;
  for (const r of labels) {
    mentions += r.count;
    if (r.label !== 'unscored') counts[r.label] += r.count;
  }
  const scored = counts.positive + counts.neutral + counts.negative;
  return { from, to, mentions, net: netSentiment(counts), aspectNet: scored ? round(shares / scored) : null };
}

/** Assembles the key drivers from the period and aspect aggregates. */
export function keyDrivers(range: { from: string; to: string }, periods: readonly PeriodTally[], aspects: readonly AspectTally[]): KeyDrivers {
  const before = previousPeriod(range.from, range.to);
  const n = { current: 0, previous: 0 };
  for (const p of periods) if (p.label !== 'unscored') n[p.period] += p.count;
  const byAspect = new Map<string, { current: Record<SentimentLabel, number>; previous: Record<SentimentLabel, number>; weighted: { current: number; previous: number } }>();
  for (const t of aspects) {
    const entry = byAspect.get(t.aspect) ?? { current: { positive: 0, neutral: 0, negative: 0 }, previous: { positive: 0, neutral: 0, negative: 0 }, weighted: { current: 0, previous: 0 } };
    entry[t.period][t.sentiment] += t.count;
    entry.weighted[t.period] += SIGN[t.sentiment] * t.weight;
    byAspect.set(t.aspect, entry);
  }
  const drivers: AspectDriver[] = [...byAspect].map(([aspect, e]) => {
    const net = netSentiment(e.current);
    const previousNet = netSentiment(e.previous);
    const share = n.current ? e.weighted.current / n.current : 0;
    const previousShare = n.previous ? e.weighted.previous / n.previous : 0;
    return {
      aspect,
      volume: e.current.positive + e.current.neutral + e.current.negative,
      ...e.current,
      net,
      previousVolume: e.previous.positive + e.previous.neutral + e.previous.negative,
      previousNet,
      netChange: net === null || previousNet === null ? null : round(net - previousNet),
      share: round(share),
      previousShare: round(previousShare),
      contribution: round(share - previousShare),
    };
  });
  const other = drivers.find((d) => d.aspect === CATCH_ALL_ASPECT);
  const ranked = drivers.filter((d) => d.aspect !== CATCH_ALL_ASPECT);
  ranked.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || b.volume - a.volume || (a.aspect < b.aspect ? -1 : a.aspect > b.aspect ? 1 : 0));
  const sumShares = (period: 'current' | 'previous') => [...byAspect.values()].reduce((s, e) => s + e.weighted[period], 0);
  const current = summary(range.from, range.to, periods.filter((p) => p.period === 'current'), sumShares('current'));
  const previous = summary(before.from, before.to, periods.filter((p) => p.period === 'previous'), sumShares('previous'));
  const netChange = current.net === null || previous.net === null ? null : round(current.net - previous.net);
  const explained = round((n.current ? sumShares('current') / n.current : 0) - (n.previous ? sumShares('previous') / n.previous : 0));
  return { current, previous, netChange, explained, unexplained: netChange === null ? null : round(netChange - explained), aspects: ranked, ...(other ? { other } : {}) };
}
