// GET /api/mentions?competitor=: a social-media manager hides the mentions about competitors only, marketing
// shows only them; absent lists both. The condition is the store's, so it runs on every engine here.
import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../../shared/mention.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { testEngines } from '../../store/testing/test-databases.ts';
import { openEngineApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

const engines = await testEngines();
let fixture: ApiFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const ours = { brand: 'Lumora', terms: ['lumora'] };
const rivalia = { brand: 'Rivalia', terms: ['rivalia'], competitor: true as const };
const other = { brand: 'Nubitel', terms: ['nubitel'], competitor: true as const };
const at = (hour: number) => `2026-11-10T${String(hour).padStart(2, '0')}:00:00.000Z`;

function mentions(): Mention[] {
  return [
    makeMention({ id: 'ours', publishedAt: at(1), matches: [ours] }),
    makeMention({ id: 'rival', publishedAt: at(2), matches: [rivalia] }),
    makeMention({ id: 'two-rivals', publishedAt: at(3), matches: [rivalia, other] }),
    // Ours too: a manager answers it even though it names a competitor.
    makeMention({ id: 'both', publishedAt: at(4), matches: [rivalia, ours] }),
    // Text that looks like the flag is not the flag.
    makeMention({ id: 'quoted', publishedAt: at(5), matches: [ours], text: 'config says "competitor":true for Lumora' }),
  ];
}

describe.each(engines)('GET /api/mentions?competitor= ($name)', (engine) => {
  it('lists only the mentions about competitors, or leaves them out; absent lists every one', async () => {
    fixture = await openEngineApiFixture(engine);
    await fixture.store.insertMentions(mentions());
    const { api, auth: headers } = fixture;
    const ids = async (query: string) => {
      const res = await api.app.inject({ url: `/api/mentions${query}`, headers });
      expect(res.statusCode).toBe(200);
      return (res.json() as { items: Mention[] }).items.map((m) => m.id);
    };
    expect(await ids('')).toEqual(['quoted', 'both', 'two-rivals', 'rival', 'ours']);
    expect(await ids('?competitor=true')).toEqual(['two-rivals', 'rival']);
    expect(await ids('?competitor=false')).toEqual(['quoted', 'both', 'ours']);
    // With the other filters, and paged: the next page keeps the filter.
    expect(await ids('?competitor=false&q=config')).toEqual(['quoted']);
    const first = (await api.app.inject({ url: '/api/mentions?competitor=true&limit=1', headers })).json() as { items: Mention[]; next: string };
    expect(first.items.map((m) => m.id)).toEqual(['two-rivals']);
    expect(await ids(`?competitor=true&limit=1&since=${encodeURIComponent(first.next)}`)).toEqual(['rival']);

    const bad = await api.app.inject({ url: '/api/mentions?competitor=yes', headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/competitor/);
  });

  it('counts our brands alone in GET /api/stats/sentiment?competitor=false, as the dashboard does with no brand chosen', async () => {
    fixture = await openEngineApiFixture(engine);
    await fixture.store.insertMentions(mentions());
    const { api, auth: headers } = fixture;
    const byBrand = async (competitor: string) => {
      const res = await api.app.inject({ url: `/api/stats/sentiment?from=${at(0)}&to=${at(6)}&by=brand${competitor}`, headers });
      expect(res.statusCode).toBe(200);
      const counts = (res.json() as { breakdown: Record<string, Record<string, number>> }).breakdown;
      return Object.fromEntries(Object.entries(counts).map(([brand, c]) => [brand, c.negative! + c.neutral! + c.positive! + c.unscored!]));
    };
    expect(await byBrand('')).toEqual({ Lumora: 3, Rivalia: 3, Nubitel: 1 });
    expect(await byBrand('&competitor=false')).toEqual({ Lumora: 3, Rivalia: 1 });
    expect(await byBrand('&competitor=true')).toEqual({ Rivalia: 2, Nubitel: 1 });
    const bad = await api.app.inject({ url: '/api/stats/sentiment?competitor=maybe', headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/competitor/);
  });
});
