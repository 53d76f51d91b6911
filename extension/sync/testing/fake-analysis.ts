// The fake collector's POST /api/analyze and GET /api/stats/sentiment: a keyword reading good enough to
// tell negative from positive in tests, and canned statistics, both following docs/api-contract.md.
import type { Analysis } from '../../../shared/api/analyze.ts';
import type { SentimentStats } from '../../../shared/api/stats.ts';

const NEGATIVE = /\b(bad|awful|terrible|never again|fatal|horrible|useless|desastre|vergonzoso|mal)\b/i;
const POSITIVE = /\b(great|genial|perfect[oa]?|recomiendo|impressed|friendly|amables)\b/i;

/** A deterministic reading of one text. */
export function fakeAnalysis(text: string): Analysis {
  if (NEGATIVE.test(text)) return { lang: 'en', sentiment: { score: -0.7, label: 'negative', confidence: 0.8 }, moment: 'LZMOT', stage: 'experience', why: ['fake: negative word'] };
  if (POSITIVE.test(text)) return { lang: 'en', sentiment: { score: 0.7, label: 'positive', confidence: 0.8 }, moment: 'TMOT', stage: 'loyalty', why: ['fake: positive word'] };
  return { lang: 'en', sentiment: { unscored: 'no sentiment signal' }, why: [] };
}

/** The answer to an analyze body, or undefined when the body breaks the contract. */
export function fakeAnalyzeAnswer(body: unknown): { results: Analysis[] } | undefined {
  const texts = (body as { texts?: { text?: unknown }[] } | undefined)?.texts;
  if (!Array.isArray(texts) || texts.length === 0 || texts.length > 1000) return undefined;
  if (!texts.every((t) => typeof t?.text === 'string')) return undefined;
  return { results: texts.map((t) => fakeAnalysis(t.text as string)) };
}

/** Statistics for a query: one day bucket per day in range, the counts the test set. */
export function fakeStats(query: URLSearchParams, counts: { negative: number; neutral: number; positive: number }): SentimentStats {
  const from = query.get('from') ?? '2026-11-01T00:00:00.000Z';
  const to = query.get('to') ?? '2026-11-03T00:00:00.000Z';
  const series = [];
  for (let day = Date.parse(from); day < Date.parse(to); day += 86_400_000) series.push({ start: new Date(day).toISOString(), ...counts, unscored: 0 });
  const total = series.length * (counts.negative + counts.neutral + counts.positive);
  const by = query.get('by');
  return {
    from,
    to,
    bucket: 'day',
    by: by === 'moment' || by === 'stage' || by === 'brand' ? by : 'platform',
    series,
    breakdown: { reddit: { ...counts, unscored: 0 } },
    negativeShare: total === 0 ? 0 : (series.length * counts.negative) / total,
    topNegativeTerms: [{ term: 'técnico', count: 3 }],
    responseTimes: { within48h: 2, over48h: 1, waiting: 1, buckets: [{ hours: 4, count: 1 }, { hours: 48, count: 1 }, { hours: 72, count: 1 }, { hours: null, count: 0 }] },
  };
}
