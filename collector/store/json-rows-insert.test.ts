// New touchpoints and journey summaries as every engine stores them: on PostgreSQL they travel as JSON
// (json-rows-insert.ts), and must read back exactly as the values bound one by one did — quotes, accents,
// emoji, numbers with decimals, nulls, and a lone surrogate (which JSON cannot carry: those rows take the
// old way).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../shared/journey/touchpoint.ts';
import type { JourneySummary } from '../customers/customer-store.ts';
import type { SqlStore } from './sql-store.ts';
import type { StoreHarness } from './testing/store-contract.ts';
import { testEngines } from './testing/test-databases.ts';

const NOW = '2026-12-01T00:00:00.000Z';

const touchpoint = (i: number, summary: string, externalId = `ext-${i}`): Touchpoint => ({
  id: `tp-${i.toString().padStart(6, '0')}`,
  customerId: `cus_${i % 7}`,
  externalId,
  at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
  channel: 'email',
  direction: i % 2 ? 'inbound' : 'outbound',
  summary,
});

describe.each(await testEngines())('new touchpoints and journeys in the store ($name)', (engine) => {
  let harness: StoreHarness;
  let store: SqlStore;
  beforeEach(async () => {
    harness = await engine.create();
    store = (await harness.open()) as SqlStore;
  });
  afterEach(() => harness.destroy());

  it('reads back every touchpoint as written, whatever its text', async () => {
    const texts = ['Factura "duplicada", otra vez', 'Técnico no vino 😡 \\ ni llamó', 'tab\there\nnew line', '{"json": [1, 2]}', 'lone \ud800 surrogate'];
    const list = Array.from({ length: 6003 }, (_, i) => touchpoint(i, texts[i % texts.length]!, i === 4242 ? 'ext-\udc00-odd' : undefined));
    const writes = await store.customers.transaction((tx) => tx.upsertTouchpoints(list, NOW));
    expect(writes.every((w) => w === 'inserted')).toBe(true);
    const stored = await store.customers.touchpointsOfCustomers(['cus_0', 'cus_3']);
    const expected = (c: string) => list.filter((tp) => tp.customerId === c).map((tp) => ({ ...tp, summary: tp.summary!.replace(/[\ud800-\udfff]/g, '\ufffd') }));
    const readable = (tps: Touchpoint[] | undefined) => (tps ?? []).map((tp) => ({ ...tp, summary: tp.summary!.replace(/[\ud800-\udfff]/g, '\ufffd') }));
    expect(readable(stored.get('cus_0'))).toEqual(expected('cus_0'));
    expect(readable(stored.get('cus_3'))).toEqual(expected('cus_3'));
    // Imported again, nothing has changed.
    expect((await store.customers.transaction((tx) => tx.upsertTouchpoints(list.slice(0, 50), NOW))).every((w) => w === 'unchanged')).toBe(true);
  });

  it('stores journey summaries with their numbers and nulls exactly', async () => {
    const summaries = new Map<string, JourneySummary[]>();
    for (let i = 0; i < 5200; i++) {
      const customerId = `cus_${i % 900}`;
      const s: JourneySummary = { id: `journey-${i}`, customerId, type: i % 2 ? 'fault' : 'billing', startedAt: NOW, endedAt: NOW, touchpoints: (i % 5) + 1, channels: (i % 3) + 1, resolved: i % 4 === 0, effort: i / 7, ...(i % 3 ? { firstContactAt: NOW, firstResponseHours: i / 3 } : {}) };
      summaries.set(customerId, [...(summaries.get(customerId) ?? []), s]);
    }
    await store.customers.replaceManyJourneySummaries(summaries, NOW);
    const rows = await store.sql.db.selectFrom('journeys').selectAll().orderBy('id').execute();
    const expected = [...summaries.values()].flat().map((s) => ({
      id: s.id,
      customer_id: s.customerId,
      type: s.type,
      started_at: s.startedAt,
      ended_at: s.endedAt,
      touchpoints: s.touchpoints,
      channels: s.channels,
      resolved: s.resolved ? 1 : 0,
      effort: s.effort,
      first_contact_at: s.firstContactAt ?? null,
      first_response_hours: s.firstResponseHours ?? null,
      refreshed_at: NOW,
    }));
    expected.sort((a, b) => (a.id < b.id ? -1 : 1));
    const numeric = (r: Record<string, unknown>) => ({ ...r, touchpoints: Number(r.touchpoints), channels: Number(r.channels), resolved: Number(r.resolved), effort: Number(r.effort), first_response_hours: r.first_response_hours === null ? null : Number(r.first_response_hours) });
    expect(rows.map(numeric)).toEqual(expected);
  });
});
