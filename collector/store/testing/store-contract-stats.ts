// Contract, sentiment statistics: buckets, breakdowns, negative share, negative terms and response times
// come out the same from both engines' SQL.
import { expect, it } from 'vitest';
import { makeMention } from '../../testing/mention-factory.ts';
import type { ContractContext } from './store-contract.ts';
import type { SentimentStatsQuery } from '../sentiment-stats.ts';

const negative = { score: -0.7, label: 'negative' as const, confidence: 0.9 };
const positive = { score: 0.6, label: 'positive' as const, confidence: 0.9 };
const query: SentimentStatsQuery = { from: '2026-11-16T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z', bucket: 'day', by: 'platform', now: '2026-11-24T00:00:00.000Z' };

async function seed(ctx: ContractContext) {
  const acme = [{ brand: 'Acme', terms: ['acme'] }];
  const mentions = [
    makeMention({ publishedAt: '2026-11-17T09:00:00.000Z', text: 'Lumora router caído otra vez, el técnico no vino', sentiment: negative, moment: 'LZMOT', stage: 'experience' }),
    makeMention({ publishedAt: '2026-11-17T18:00:00.000Z', text: 'The router keeps dropping and support never answers', sentiment: negative, platform: 'mastodon' }),
    makeMention({ publishedAt: '2026-11-22T10:00:00.000Z', text: 'Sin técnico y sin router: me cambio de compañía', sentiment: negative, matches: acme }),
    makeMention({ publishedAt: '2026-11-23T10:00:00.000Z', text: 'Great fibre speed', sentiment: positive, stage: 'recommendation' }),
    makeMention({ publishedAt: '2026-11-23T11:00:00.000Z', text: 'Lumora?', sentiment: { unscored: 'no sentiment signal' } }),
    makeMention({ publishedAt: '2026-11-10T10:00:00.000Z', text: 'Outside the range: router router', sentiment: negative }),
  ];
  // Triage starts at collection, so the later edits below win.
  await ctx.store.insertMentions(mentions.map((m) => ({ ...m, triage: { status: 'new', updatedAt: m.publishedAt! } })));
  // Answered after 3 h, after 60 h; the third is unanswered and still waiting at `now`.
  await ctx.store.updateTriage(mentions[0]!.id, { status: 'assigned', updatedAt: '2026-11-17T12:00:00.000Z' });
  await ctx.store.updateTriage(mentions[0]!.id, { status: 'resolved', updatedAt: '2026-11-20T12:00:00.000Z' });
  await ctx.store.updateTriage(mentions[1]!.id, { status: 'responded', updatedAt: '2026-11-20T06:00:00.000Z' });
  return mentions;
}

export function sentimentStatsContract(ctx: ContractContext): void {
  it('counts sentiment per day with empty days, per platform, and the negative share of scored mentions', async () => {
    await seed(ctx);
    const stats = await ctx.store.sentimentStats(query);
    expect(stats.series).toHaveLength(8);
    expect(stats.series[1]).toEqual({ start: '2026-11-17T00:00:00.000Z', negative: 2, neutral: 0, positive: 0, unscored: 0 });
    expect(stats.series[0]).toEqual({ start: '2026-11-16T00:00:00.000Z', negative: 0, neutral: 0, positive: 0, unscored: 0 });
    expect(stats.series[7]).toMatchObject({ positive: 1, unscored: 1 });
    expect(stats.breakdown).toEqual({
      reddit: { negative: 2, neutral: 0, positive: 1, unscored: 1 },
      mastodon: { negative: 1, neutral: 0, positive: 0, unscored: 0 },
    });
    expect(stats.negativeShare).toBe(0.75);
    const weekly = await ctx.store.sentimentStats({ ...query, bucket: 'week' });
    expect(weekly.series.map((s) => [s.start, s.negative, s.positive])).toEqual([['2026-11-16T00:00:00.000Z', 3, 0], ['2026-11-23T00:00:00.000Z', 0, 1]]);
    const hourly = await ctx.store.sentimentStats({ ...query, bucket: 'hour', from: '2026-11-17T08:00:00.000Z', to: '2026-11-17T10:00:00.000Z' });
    expect(hourly.series.map((s) => s.negative)).toEqual([0, 1]);
  });

  it('breaks down by moment, stage and brand, and filters by platform and brand', async () => {
    await seed(ctx);
    const byMoment = await ctx.store.sentimentStats({ ...query, by: 'moment' });
    expect(byMoment.breakdown.LZMOT).toEqual({ negative: 1, neutral: 0, positive: 0, unscored: 0 });
    expect(byMoment.breakdown.none?.negative).toBe(2);
    expect(Object.keys((await ctx.store.sentimentStats({ ...query, by: 'stage' })).breakdown).sort()).toEqual(['experience', 'none', 'recommendation']);
    const byBrand = await ctx.store.sentimentStats({ ...query, by: 'brand' });
    expect(byBrand.breakdown).toEqual({ Lumora: { negative: 2, neutral: 0, positive: 1, unscored: 1 }, Acme: { negative: 1, neutral: 0, positive: 0, unscored: 0 } });
    expect((await ctx.store.sentimentStats({ ...query, brand: 'Acme' })).negativeShare).toBe(1);
    expect((await ctx.store.sentimentStats({ ...query, platform: 'mastodon' })).breakdown).toEqual({ mastodon: { negative: 1, neutral: 0, positive: 0, unscored: 0 } });
  });

  it('ranks the words of negative mentions without stopwords or brand names, and measures response times', async () => {
    await seed(ctx);
    const stats = await ctx.store.sentimentStats(query);
    expect(stats.topNegativeTerms.slice(0, 2)).toEqual([{ term: 'router', count: 3 }, { term: 'tecnico', count: 2 }]);
    const terms = stats.topNegativeTerms.map((t) => t.term);
    for (const absent of ['acme', 'lumora', 'the', 'and', 'sin', 'otra', 'great']) expect(terms).not.toContain(absent);
    expect(stats.responseTimes).toEqual({
      within48h: 1,
      over48h: 1,
      waiting: 1,
      buckets: [{ hours: 1, count: 0 }, { hours: 4, count: 1 }, { hours: 8, count: 0 }, { hours: 24, count: 0 }, { hours: 48, count: 0 }, { hours: 72, count: 1 }, { hours: 168, count: 0 }, { hours: null, count: 0 }],
    });
    // Two days later the unanswered one has missed its 48 hours.
    expect((await ctx.store.sentimentStats({ ...query, now: '2026-11-26T00:00:00.000Z' })).responseTimes).toMatchObject({ over48h: 2, waiting: 0 });
  });
}
