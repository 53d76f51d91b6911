import { describe, expect, it } from 'vitest';
import { praiseAndCriticismOf } from './praise-and-criticism.ts';
import { netSentiment } from '../stats/sentiment-stats.ts';
import { shareOfVoiceOf, type BrandCounts } from './share-of-voice.ts';

const q = { from: '2026-11-02T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z', bucket: 'week' as const };
const week = (start: string, negative: number, neutral: number, positive: number, unscored = 0) => ({ start, negative, neutral, positive, unscored });
const W1 = '2026-11-02T00:00:00.000Z';
const W2 = '2026-11-09T00:00:00.000Z';

describe('share of voice', () => {
  it('gives each brand its share of all brands’ mentions and its net sentiment, per bucket and overall, ours first', () => {
    const brands: BrandCounts[] = [
      { brand: 'Rivalia', competitor: true, series: [week(W1, 1, 1, 4), week(W2, 6, 0, 0)] },
      { brand: 'Lumora', competitor: false, series: [week(W1, 2, 0, 0, 1), week(W2, 1, 1, 2)] },
    ];
    const sov = shareOfVoiceOf(q, brands);
    expect(sov.brands.map((b) => b.brand)).toEqual(['Lumora', 'Rivalia']);
    const [lumora, rivalia] = sov.brands;
    expect(lumora).toMatchObject({ competitor: false, mentions: 7, share: 0.368, netSentiment: -0.167, counts: { negative: 3, neutral: 1, positive: 2, unscored: 1 } });
    expect(rivalia).toMatchObject({ competitor: true, mentions: 12, share: 0.632, netSentiment: -0.25 });
    expect(lumora!.series).toEqual([
      { start: W1, mentions: 3, share: 0.333, netSentiment: -1, counts: { negative: 2, neutral: 0, positive: 0, unscored: 1 } },
      { start: W2, mentions: 4, share: 0.4, netSentiment: 0.25, counts: { negative: 1, neutral: 1, positive: 2, unscored: 0 } },
    ]);
    expect(rivalia!.series.map((p) => p.share)).toEqual([0.667, 0.6]);
  });

  it('says null, never 0, where there is nothing to divide: empty buckets, unscored-only brands, no brands', () => {
    const sov = shareOfVoiceOf(q, [{ brand: 'Lumora', competitor: false, series: [week(W1, 0, 0, 0), week(W2, 0, 0, 0, 2)] }]);
    expect(sov.brands[0]!.series.map(({ counts: _, ...p }) => p)).toEqual([
      { start: W1, mentions: 0, share: null, netSentiment: null },
      { start: W2, mentions: 2, share: 1, netSentiment: null },
    ]);
    expect(shareOfVoiceOf(q, []).brands).toEqual([]);
    expect(netSentiment({ negative: 0, neutral: 3, positive: 0, unscored: 0 })).toBe(0);
  });
});

describe('praise and criticism', () => {
  it('lists the aspects spoken of more well than badly (and the other way), most mentioned first, three each', () => {
    const aspects = [
      { aspect: 'price', positive: 1, negative: 6 },
      { aspect: 'staff', positive: 9, negative: 2 },
      { aspect: 'delay', positive: 0, negative: 4 },
      { aspect: 'booking', positive: 3, negative: 3 },
      { aspect: 'app-website', positive: 2, negative: 0 },
      { aspect: 'baggage', positive: 0, negative: 1 },
      { aspect: 'refund', positive: 0, negative: 2 },
    ];
    expect(praiseAndCriticismOf(aspects)).toEqual({
      praised: [{ aspect: 'staff', mentions: 9 }, { aspect: 'app-website', mentions: 2 }],
      criticised: [{ aspect: 'price', mentions: 6 }, { aspect: 'delay', mentions: 4 }, { aspect: 'refund', mentions: 2 }],
    });
  });
});
