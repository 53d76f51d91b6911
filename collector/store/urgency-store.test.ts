// Urgency as the store keeps it, on every engine: listed and filtered by its column, and rewritten with
// priority and its reasons when linking a customer changes them (and restored exactly when unlinked).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PriorityFactor } from '../../shared/mention.ts';
import { makeMention } from '../testing/mention-factory.ts';
import type { StoreHarness } from './testing/store-contract.ts';
import type { VigiaStore } from './store.ts';
import { testEngines } from './testing/test-databases.ts';

const why = (en: string, points: number): PriorityFactor[] => [{ factor: 'urgency', points, en, es: en }];

describe.each(await testEngines())('mention urgency in the store ($name)', (engine) => {
  let harness: StoreHarness;
  let store: VigiaStore;
  beforeEach(async () => {
    harness = await engine.create();
    store = await harness.open();
  });
  afterEach(() => harness.destroy());

  it('keeps urgency and priorityWhy, and filters on urgency', async () => {
    const now = makeMention({ urgency: 'now', priority: 88, priorityWhy: why('Needs a person now: a customer stranded', 88) });
    const soon = makeMention({ urgency: 'soon', priority: 60, priorityWhy: why('Worth a reply within 48 h: asks a question', 60) });
    const old = makeMention({ priority: 30 });
    await store.insertMentions([now, soon, old]);
    expect(await store.getMention(now.id)).toEqual(now);
    expect((await store.listMentions({ urgency: 'now' }, { mode: 'newest' }, 10)).items.map((m) => m.id)).toEqual([now.id]);
    expect((await store.listMentions({ urgency: 'soon' }, { mode: 'newest' }, 10)).items.map((m) => m.id)).toEqual([soon.id]);
    expect((await store.listMentions({}, { mode: 'newest' }, 10)).items).toHaveLength(3);
  });

  it('rewrites urgency and its reasons with a link change, and restores the state before exactly', async () => {
    const m = makeMention({ urgency: 'soon', priority: 60, priorityWhy: why('Worth a reply within 48 h: a complaint', 60) });
    await store.insertMentions([m]);
    const linkedWhy = why('Needs a person now: a customer at churn risk (3+ bad experiences)', 86);
    await store.customers.setMentionLinks([{ mentionId: m.id, customerId: 'c1', moment: 'LZMOT', priority: 86, urgency: 'now', priorityWhy: linkedWhy }]);
    expect(await store.getMention(m.id)).toMatchObject({ customerId: 'c1', moment: 'LZMOT', priority: 86, urgency: 'now', priorityWhy: linkedWhy });
    expect((await store.listMentions({ urgency: 'now' }, { mode: 'newest' }, 10)).items.map((x) => x.id)).toEqual([m.id]);
    await store.customers.setMentionLinks([{ mentionId: m.id, priority: 60, urgency: 'soon', priorityWhy: m.priorityWhy }]);
    const { customerId: _, ...before } = m;
    expect(await store.getMention(m.id)).toEqual({ ...before, moment: undefined, triage: m.triage });
  });
});
