// The demo end to end without a browser: CRM exports imported, then the fixture feeds collected through the
// pipeline — Marta's public posts land on her journey, and her complaint is a less-than-zero moment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectOnce } from '../commands/collect.ts';
import { lookupCustomer } from '../customers/customer-lookup.ts';
import { buildJourneyView } from '../customers/journey-view.ts';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { demoConfig } from './demo-config.ts';
import { importDemoCrm } from './demo-crm.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

let temp: TempStore;
let fixture: FixtureServer;
beforeEach(async () => {
  temp = openTempStore();
  fixture = await startFixtureServer();
});
afterEach(async () => {
  await fixture.close();
  await temp.close();
});

describe('the demo with its CRM exports', () => {
  it("links the feeds' posts to Marta and James, with Marta's complaints at the top of triage", async () => {
    const [first] = await importDemoCrm(temp.store);
    expect(first!.customers.created).toBe(9);
    await collectOnce(demoConfig(fixture.feedUrls, { port: 0 }), temp.store, () => undefined);
    // A second start imports again: nothing changes.
    for (const again of await importDemoCrm(temp.store)) expect(again.outcomes.every((o) => o.status === 'unchanged')).toBe(true);

    const now = new Date().toISOString();
    const marta = (await lookupCustomer(temp.store.customers, { email: 'marta@example.com' })).customer!;
    const view = (await buildJourneyView(temp.store.customers, marta.id, now))!;
    expect(view.mentions.length).toBeGreaterThanOrEqual(2);
    expect(view.mentions.every((m) => m.customerId === marta.id)).toBe(true);
    const complaints = view.mentions.filter((m) => m.moment === 'LZMOT');
    expect(complaints.length).toBeGreaterThan(0);
    expect(complaints.every((m) => m.priority >= 80)).toBe(true);
    expect(view.timeline.filter((e) => e.kind === 'mention')).toHaveLength(view.mentions.length);

    const james = (await lookupCustomer(temp.store.customers, { handle: 'jamesp_uk', platform: 'reddit' })).customer!;
    const jamesView = (await buildJourneyView(temp.store.customers, james.id, now))!;
    expect(jamesView.risk.churnRisk).toBe(false);
    expect(jamesView.mentions.some((m) => m.moment === 'LZMOT')).toBe(false);
  });
});
