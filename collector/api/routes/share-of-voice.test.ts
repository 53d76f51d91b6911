import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shareOfVoiceAnswerSchema } from '../../../shared/api/share-of-voice.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let temp: ApiFixture;
beforeEach(async () => {
  temp = await openApiFixture({ brands: [{ name: 'Lumora', query: 'lumora' }, { name: 'Rivalia', query: 'rivalia', competitor: true }] });
});
afterEach(() => temp.close());

const get = (url: string) => temp.api.app.inject({ url, headers: temp.auth });
const negative = { score: -0.7, label: 'negative' as const, confidence: 0.8 };
const positive = { score: 0.7, label: 'positive' as const, confidence: 0.8 };

describe('GET /api/stats/share-of-voice', () => {
  it('answers each brand’s share and net sentiment per week, competitors marked, from the stored mentions', async () => {
    const lumora = [{ brand: 'Lumora', terms: ['lumora'] }];
    const rivalia = [{ brand: 'Rivalia', terms: ['rivalia'], competitor: true as const }];
    await temp.store.insertMentions([
      makeMention({ id: 'a', publishedAt: '2026-11-03T10:00:00.000Z', matches: lumora, sentiment: negative }),
      makeMention({ id: 'b', publishedAt: '2026-11-04T10:00:00.000Z', matches: lumora, sentiment: positive, aspects: [{ aspect: 'staff', sentiment: 'positive', cue: 'crew' }] }),
      makeMention({ id: 'c', publishedAt: '2026-11-04T11:00:00.000Z', matches: rivalia, sentiment: negative, aspects: [{ aspect: 'baggage', sentiment: 'negative', cue: 'bag' }, { aspect: 'staff', sentiment: 'positive', cue: 'crew' }] }),
      makeMention({ id: 'd', publishedAt: '2026-11-10T10:00:00.000Z', matches: [...lumora, ...rivalia], sentiment: positive }),
    ]);
    const res = await get('/api/stats/share-of-voice?from=2026-11-02&to=2026-11-16&bucket=week');
    expect(res.statusCode).toBe(200);
    const sov = shareOfVoiceAnswerSchema.parse(res.json());
    expect(sov.brands.map((b) => [b.brand, b.competitor, b.mentions, b.share, b.netSentiment])).toEqual([
      ['Lumora', false, 3, 0.6, 0.333],
      ['Rivalia', true, 2, 0.4, 0],
    ]);
    // What each is praised and criticised for, from the key drivers' aspects.
    expect(sov.brands.map((b) => [b.praised, b.criticised])).toEqual([
      [[{ aspect: 'staff', mentions: 1 }], []],
      [[{ aspect: 'staff', mentions: 1 }], [{ aspect: 'baggage', mentions: 1 }]],
    ]);
    expect(sov.brands[0]!.series).toEqual([
      { start: '2026-11-02T00:00:00.000Z', mentions: 2, share: 0.667, netSentiment: 0, counts: { negative: 1, neutral: 0, positive: 1, unscored: 0 } },
      { start: '2026-11-09T00:00:00.000Z', mentions: 1, share: 0.5, netSentiment: 1, counts: { negative: 0, neutral: 0, positive: 1, unscored: 0 } },
    ]);
  });

  it('lists configured brands without mentions too, and refuses bad parameters naming them', async () => {
    const sov = (await get('/api/stats/share-of-voice?from=2026-11-02&to=2026-11-09')).json();
    expect(sov.brands.map((b: { brand: string; mentions: number }) => [b.brand, b.mentions])).toEqual([['Lumora', 0], ['Rivalia', 0]]);
    expect((await get('/api/stats/share-of-voice?bucket=month')).json().issues[0].path).toBe('bucket');
    expect((await get('/api/stats/share-of-voice?from=2026-11-09&to=2026-11-02')).statusCode).toBe(400);
    expect((await get('/api/stats/share-of-voice?brand=x')).statusCode).toBe(400);
  });
});
