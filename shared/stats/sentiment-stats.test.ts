import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention.ts';
import { rankTerms } from './rank-phrases.ts';
import { assembleSentimentStats, negativeShare, type SentimentStatsQuery } from './sentiment-stats.ts';
import { sentimentStatsOf } from './sentiment-tally.ts';

const query: SentimentStatsQuery = { from: '2026-11-16T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', bucket: 'week', by: 'moment', now: '2026-11-30T00:00:00.000Z' };

function mention(overrides: Partial<Mention>): Mention {
  return {
    id: `m-${Math.random()}`,
    source: 's',
    platform: 'reddit',
    kind: 'post',
    author: {},
    text: 'Router caído otra vez',
    lang: 'es',
    publishedAt: '2026-11-17T10:00:00.000Z',
    collectedAt: '2026-11-17T11:00:00.000Z',
    sentiment: { score: -0.6, label: 'negative', confidence: 0.8 },
    matches: [{ brand: 'Lumora', terms: ['lumora'] }],
    triage: { status: 'new', updatedAt: '2026-11-17T10:00:00.000Z' },
    priority: 50,
    ...overrides,
  };
}

describe('assembling sentiment statistics', () => {
  it('places grouped counts in every bucket of the range, names groups without a value "none", and shares with three decimals', () => {
    const stats = assembleSentimentStats(query, {
      series: [
        { at: '2026-11-17T00:00:00.000Z', label: 'negative', count: 2 },
        { at: '2026-11-22T00:00:00.000Z', label: 'positive', count: 1 },
        { at: '2026-11-24T00:00:00.000Z', label: 'unscored', count: 4 },
        { at: '2026-11-24T00:00:00.000Z', label: 'angry', count: 9 },
      ],
      breakdown: [{ group: null, label: 'negative', count: 2 }, { group: 'TMOT', label: 'positive', count: 1 }],
      terms: [{ term: 'router', negative: 2, other: 0 }, { term: 'caido', negative: 2, other: 0 }, { term: 'caido router', negative: 1, other: 0 }],
      responses: [{ state: 'waiting', count: 2 }],
    });
    expect(stats.series).toEqual([
      { start: '2026-11-16T00:00:00.000Z', negative: 2, neutral: 0, positive: 1, unscored: 0 },
      { start: '2026-11-23T00:00:00.000Z', negative: 0, neutral: 0, positive: 0, unscored: 4 },
    ]);
    expect(stats.breakdown).toEqual({ none: { negative: 2, neutral: 0, positive: 0, unscored: 0 }, TMOT: { negative: 0, neutral: 0, positive: 1, unscored: 0 } });
    expect(stats.negativeShare).toBe(0.667);
    // A phrase met once is too little evidence against five other mentions.
    expect(stats.topNegativeTerms).toEqual([{ term: 'caido', count: 2 }, { term: 'router', count: 2 }]);
    expect(stats.responseTimes.waiting).toBe(2);
    expect(negativeShare({ negative: 0, neutral: 0, positive: 0, unscored: 3 })).toBeNull();
  });

  it('ranks ties in code-unit order, as SQL binary collation does, and keeps the top ones', () => {
    const counts = [{ term: 'zeta', negative: 1, other: 0 }, { term: 'Zeta', negative: 1, other: 0 }, { term: 'ñu', negative: 1, other: 0 }, { term: 'alfa', negative: 3, other: 0 }];
    expect(rankTerms(counts, { negative: 6, other: 0 }, 3).map((t) => t.term)).toEqual(['alfa', 'Zeta', 'zeta']);
  });
});

describe('sentiment statistics of mentions in memory', () => {
  it('count mentions by their publication (else collection) date, each brand apart, brandless ones in no brand', () => {
    const mentions = [
      mention({}),
      mention({ publishedAt: undefined, collectedAt: '2026-11-25T09:00:00.000Z', sentiment: { unscored: 'no sentiment signal' }, matches: [] }),
      mention({ sentiment: { score: 0.5, label: 'positive', confidence: 0.7 }, matches: [{ brand: 'Lumora', terms: [] }, { brand: 'Acme', terms: [] }] }),
      mention({ publishedAt: '2026-11-10T00:00:00.000Z' }),
    ];
    const byBrand = sentimentStatsOf(mentions, { ...query, by: 'brand' });
    expect(byBrand.breakdown).toEqual({ Lumora: { negative: 1, neutral: 0, positive: 1, unscored: 0 }, Acme: { negative: 0, neutral: 0, positive: 1, unscored: 0 } });
    expect(byBrand.series.map((s) => s.unscored)).toEqual([0, 1]);
    expect(sentimentStatsOf(mentions, { ...query, brand: 'Acme' }).negativeShare).toBe(0);
    expect(sentimentStatsOf(mentions, query).topNegativeTerms).toEqual([{ term: 'router caido', count: 1 }]);
  });

  it('take a non-new triage as the first answer and judge the others at `now`', () => {
    const answered = mention({ triage: { status: 'responded', updatedAt: '2026-11-17T13:00:00.000Z' } });
    const stale = mention({ publishedAt: '2026-11-20T00:00:00.000Z' });
    const fresh = mention({ publishedAt: '2026-11-29T00:00:00.000Z' });
    expect(sentimentStatsOf([answered, stale, fresh], query).responseTimes).toMatchObject({ within48h: 1, over48h: 1, waiting: 1 });
  });

  it('counts our brands alone with competitor: false, a mention naming us and a competitor being ours', () => {
    const rivalia = { brand: 'Rivalia', terms: ['rivalia'], competitor: true as const };
    const lumora = { brand: 'Lumora', terms: ['lumora'] };
    const mentions = [
      mention({}),
      mention({ matches: [rivalia] }),
      mention({ matches: [lumora, rivalia], sentiment: { score: 0.5, label: 'positive', confidence: 0.8 } }),
    ];
    const byBrand = (q: SentimentStatsQuery) => sentimentStatsOf(mentions, { ...q, by: 'brand' }).breakdown;
    expect(byBrand(query)).toMatchObject({ Lumora: { negative: 1, positive: 1 }, Rivalia: { negative: 1, positive: 1 } });
    expect(byBrand({ ...query, competitor: false })).toMatchObject({ Lumora: { negative: 1, positive: 1 }, Rivalia: { negative: 0, positive: 1 } });
    expect(byBrand({ ...query, competitor: true })).toEqual({ Rivalia: expect.objectContaining({ negative: 1, positive: 0 }) });
  });
});
