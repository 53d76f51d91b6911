// GET /api/stats/aspects without `brand`: OUR key drivers. Competitors' mentions (about competitors only) are
// left out — they have their place in share of voice — a competitor named as `brand` gets its own, and the
// catch-all `other` is never ranked as a driver. Runs on every engine here (SQLite, PostgreSQL when it answers).
import { afterEach, describe, expect, it } from 'vitest';
import { aspectStatsAnswerSchema, type AspectStatsAnswer } from '../../../shared/api/aspects.ts';
import type { Mention } from '../../../shared/mention.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { testEngines, type TestEngine } from '../../store/testing/test-databases.ts';
import { openEngineApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

const engines = await testEngines();
let fixture: ApiFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const lumora = { brand: 'Lumora', terms: ['lumora'] };
const rivalia = { brand: 'Rivalia', terms: ['rivalia'], competitor: true as const };
const positive = { score: 0.7, label: 'positive', confidence: 0.9 } as const;
const negative = { score: -0.7, label: 'negative', confidence: 0.9 } as const;
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const RANGE = 'from=2026-11-08&to=2026-11-15';

/** Our week: billing complaints grow, one post naming no aspect (`other`), one post about us and the rival. */
function ours(): Mention[] {
  return [
    makeMention({ id: 'o1', publishedAt: at(2), matches: [lumora], sentiment: positive, aspects: [{ aspect: 'billing', sentiment: 'positive', cue: 'bill' }] }),
    makeMention({ id: 'o2', publishedAt: at(3), matches: [lumora], sentiment: positive, aspects: [{ aspect: 'other', sentiment: 'positive' }] }),
    makeMention({ id: 'o3', publishedAt: at(9), matches: [lumora], sentiment: negative, aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'invoice' }] }),
    makeMention({ id: 'o4', publishedAt: at(10), matches: [lumora], sentiment: negative, aspects: [{ aspect: 'other', sentiment: 'negative' }] }),
    makeMention({ id: 'o5', publishedAt: at(11), matches: [rivalia, lumora], sentiment: negative, aspects: [{ aspect: 'support', sentiment: 'negative', cue: 'support' }] }),
  ];
}

/** The rival's week: a flood of delivery complaints and praised prices — not a reason OUR sentiment moved. */
function theirs(): Mention[] {
  return [
    makeMention({ id: 'r1', publishedAt: at(3), matches: [rivalia], sentiment: positive, aspects: [{ aspect: 'delivery', sentiment: 'positive', cue: 'parcel' }] }),
    ...[9, 10, 11, 12].map((day) => makeMention({ id: `r${day}`, publishedAt: at(day), matches: [rivalia], sentiment: negative, aspects: [{ aspect: 'delivery', sentiment: 'negative', cue: 'delivery' }] })),
    makeMention({ id: 'r2', publishedAt: at(12), matches: [rivalia], sentiment: positive, aspects: [{ aspect: 'price', sentiment: 'positive', cue: 'price' }] }),
  ];
}

async function answerOf(engine: TestEngine, mentions: Mention[], query: string): Promise<AspectStatsAnswer> {
  await fixture?.close();
  fixture = await openEngineApiFixture(engine);
  await fixture.store.insertMentions(mentions);
  const res = await fixture.api.app.inject({ url: `/api/stats/aspects?${query}`, headers: fixture.auth });
  expect(res.statusCode).toBe(200);
  return aspectStatsAnswerSchema.parse(res.json());
}

describe.each(engines)('GET /api/stats/aspects scope ($name)', (engine) => {
  it('without a brand counts our brands only: the rival adds nothing, a post about both is ours', async () => {
    const all = await answerOf(engine, [...ours(), ...theirs()], RANGE);
    expect(all.brand).toBeUndefined();
    expect(all.aspects.map((a) => a.aspect)).toEqual(['billing', 'support']);
    expect(all.current.mentions).toBe(3);
    expect(all.previous.mentions).toBe(2);
    // The same answer as a store holding only our mentions (there the database aggregates them itself).
    expect(await answerOf(engine, ours(), RANGE)).toEqual(all);
  });

  it('gives a competitor named as brand its own drivers', async () => {
    const rival = await answerOf(engine, [...ours(), ...theirs()], `${RANGE}&brand=Rivalia`);
    expect(rival.brand).toBe('Rivalia');
    expect(rival.aspects.map((a) => [a.aspect, a.volume])).toEqual([
      ['delivery', 4],
      // Tied (±1/6 each, one mention): by id.
      ['price', 1],
      ['support', 1],
    ]);
  });

  it('never ranks the catch-all other as a driver, but keeps it in the sums', async () => {
    const all = await answerOf(engine, ours(), RANGE);
    expect(all.aspects.map((a) => a.aspect)).not.toContain('other');
    // Other: −1/3 now (one of three mentions) against +1/2 before.
    expect(all.other).toMatchObject({ aspect: 'other', volume: 1, negative: 1, previousVolume: 1, contribution: -0.833 });
    const sum = all.aspects.reduce((s, a) => s + a.contribution, all.other!.contribution);
    expect(sum).toBeCloseTo(all.explained, 2);
  });
});
