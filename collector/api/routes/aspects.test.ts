import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aspectStatsAnswerSchema } from '../../../shared/api/aspects.ts';
import type { Mention } from '../../../shared/mention.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let temp: ApiFixture;
beforeEach(async () => {
  temp = await openApiFixture({}, 'marketing');
});
afterEach(() => temp.close());

const get = (url: string) => temp.api.app.inject({ url, headers: temp.auth });
const positive = { score: 0.7, label: 'positive', confidence: 0.9 } as const;
const negative = { score: -0.7, label: 'negative', confidence: 0.9 } as const;
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

function week(): Mention[] {
  return [
    // Previous week (1–7 Nov): deliveries praised, one billing complaint.
    makeMention({ publishedAt: at(2), sentiment: positive, aspects: [{ aspect: 'delivery', sentiment: 'positive', cue: 'delivery' }] }),
    makeMention({ publishedAt: at(3), sentiment: positive, aspects: [{ aspect: 'delivery', sentiment: 'positive', cue: 'parcel' }] }),
    makeMention({ publishedAt: at(4), sentiment: negative, aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'bill' }] }),
    // This week (8–14 Nov): billing complaints pile up; one mixed post; another brand's post left out by `brand`.
    makeMention({ publishedAt: at(9), sentiment: negative, aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'invoice' }] }),
    makeMention({ publishedAt: at(10), sentiment: negative, aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'charged' }] }),
    makeMention({ publishedAt: at(11), sentiment: negative, aspects: [{ aspect: 'staff', sentiment: 'positive', cue: 'crew' }, { aspect: 'delivery', sentiment: 'negative', cue: 'parcel' }] }),
    makeMention({ publishedAt: at(12), sentiment: negative, matches: [{ brand: 'Other', terms: ['other'] }], aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'bill' }] }),
    // Outside both periods.
    makeMention({ publishedAt: at(20), sentiment: negative, aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'bill' }] }),
  ];
}

describe('GET /api/stats/aspects', () => {
  it('ranks aspects by how much they moved the brand net against the previous period', async () => {
    await temp.store.insertMentions(week());
    const res = await get(`/api/stats/aspects?from=2026-11-08&to=2026-11-15&brand=Lumora`);
    expect(res.statusCode).toBe(200);
    const stats = aspectStatsAnswerSchema.parse(res.json());
    expect(stats).toMatchObject({ brand: 'Lumora', current: { from: '2026-11-08T00:00:00.000Z', mentions: 3, net: -1 }, previous: { from: '2026-11-01T00:00:00.000Z', mentions: 3, net: 0.333 } });
    expect(stats.netChange).toBe(-1.333);
    // Billing −2/3 now (two of three mentions) against −1/3 before; delivery −1/6 now (half a mixed post) against +2/3.
    expect(stats.aspects.map((a) => [a.aspect, a.contribution])).toEqual([
      ['delivery', -0.833],
      ['billing', -0.333],
      ['staff', 0.167],
    ]);
    expect(stats.aspects[1]).toMatchObject({ volume: 2, negative: 2, net: -1, previousVolume: 1, previousNet: -1, netChange: 0 });
    expect(stats.explained).toBe(-1);
    // The mixed post is negative as a whole but its staff half is praise: the part aspects leave unexplained.
    expect(stats.unexplained).toBe(-0.333);
    const all = aspectStatsAnswerSchema.parse((await get(`/api/stats/aspects?from=2026-11-08&to=2026-11-15`)).json());
    expect(all.aspects.find((a) => a.aspect === 'billing')?.volume).toBe(3);
    expect(all.brand).toBeUndefined();
  });

  it('refuses bad ranges with the parameter named', async () => {
    const issues = async (url: string) => (await get(url)).json().issues.map((i: { path: string }) => i.path);
    expect(await issues('/api/stats/aspects?from=2026-11-20&to=2026-11-10')).toEqual(['from']);
    expect(await issues('/api/stats/aspects?from=2020-01-01&to=2026-01-01')).toEqual(['from']);
    expect(await issues('/api/stats/aspects?from=yesterday')).toEqual(['from']);
    const unknown = await get('/api/stats/aspects?colour=red');
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('colour');
  });
});

describe('GET /api/mentions?aspect=', () => {
  it('lists the mentions naming an aspect, combined with the other filters', async () => {
    const mentions = week();
    await temp.store.insertMentions(mentions);
    const ids = async (url: string) => (await get(url)).json().items.map((m: Mention) => m.id).sort();
    const billing = mentions.filter((m) => m.aspects?.some((a) => a.aspect === 'billing')).map((m) => m.id).sort();
    expect(await ids('/api/mentions?aspect=billing')).toEqual(billing);
    expect(await ids('/api/mentions?aspect=staff&sentiment=negative')).toEqual([mentions[5]!.id]);
    expect(await ids('/api/mentions?aspect=staff&sentiment=positive')).toEqual([]);
    expect(await ids('/api/mentions?aspect=refund')).toEqual([]);
    const first = (await get('/api/mentions?aspect=staff')).json().items[0];
    expect(first.aspects).toEqual([{ aspect: 'staff', sentiment: 'positive', cue: 'crew' }, { aspect: 'delivery', sentiment: 'negative', cue: 'parcel' }]);
    expect((await get('/api/mentions?aspect=Not%20An%20Id')).statusCode).toBe(400);
  });
});
