// The live demo through the real pipeline: the stream's posts appear in the fixture feeds, the collector
// stores them on its next poll (Marta's on her journey), and the team's answer marks her posts responded
// and adds a touchpoint to her journey.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../shared/stable-id.ts';
import { collectOnce } from '../../commands/collect.ts';
import { lookupCustomer } from '../../customers/customer-lookup.ts';
import { buildJourneyView } from '../../customers/journey-view.ts';
import { openTempStore, type TempStore } from '../../customers/testing/customer-fixtures.ts';
import { demoConfig } from '../demo-config.ts';
import { importDemoCrm } from '../demo-crm.ts';
import { startFixtureServer, type FixtureServer } from '../fixture-server.ts';
import { startLiveDemo, type LiveDemo } from './live-demo.ts';

const START = Date.now();
let temp: TempStore;
let fixture: FixtureServer;
let live: LiveDemo;
beforeEach(async () => {
  temp = openTempStore();
  live = startLiveDemo({ seed: 5, startMs: START, store: temp.store, tickMs: 3_600_000 });
  fixture = await startFixtureServer({ rewrite: live.rewrite });
});
afterEach(async () => {
  live.stop();
  await fixture.close();
  await temp.close();
});

describe('the live demo', () => {
  it("collects the stream's posts, and the team's answer lands on Marta's journey", async () => {
    await importDemoCrm(temp.store);
    const config = demoConfig(fixture.feedUrls, { port: 0 });
    await collectOnce(config, temp.store, () => undefined);
    const before = await temp.store.countMentions();

    // Up to Marta's escalation: her posts and the chatter are in the feeds, and then in the store.
    const published = await live.tick(START + 4 * 60_000);
    const runs = await collectOnce(config, temp.store, () => undefined);
    expect(runs.every((r) => r.ok)).toBe(true);
    expect(await temp.store.countMentions()).toBeGreaterThanOrEqual(before + published.filter((e) => e.post.kind !== 'spike').length / 2);
    const martaPosts = published.filter((e) => e.customer?.name === 'Marta Ruiz' && e.post.kind === 'story').map((e) => e.post.url);
    expect(martaPosts).toHaveLength(2);
    // The store keeps canonical permalinks (no www.).
    const canonical = martaPosts.map((url) => canonicalUrl(url));
    const marta = (await lookupCustomer(temp.store.customers, { email: 'marta@example.com' })).customer!;
    const linked = (await buildJourneyView(temp.store.customers, marta.id, new Date().toISOString()))!.mentions;
    expect(linked.filter((m) => canonical.includes(m.url)).length).toBe(2);

    // The answer: both posts responded, and a touchpoint on her journey.
    const answer = (await live.tick(START + 6 * 60_000)).find((e) => e.post.kind === 'reply');
    expect(answer?.answers).toEqual(martaPosts);
    const page = await temp.store.listMentions({}, { mode: 'newest' }, 500);
    const answered = page.items.filter((m) => canonical.includes(m.url));
    expect(answered.map((m) => m.triage?.status)).toEqual(['responded', 'responded']);
    const view = (await buildJourneyView(temp.store.customers, marta.id, new Date().toISOString()))!;
    expect(JSON.stringify(view.timeline)).toContain(answer!.touchpoint!.summary);
  }, 60_000);

  it('serves the fixture feeds dated recently, the live posts on top', async () => {
    await live.tick(START + 60_000);
    const xml = await (await fetch(fixture.feedUrls.mastodon)).text();
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    // lastBuildDate first, then the live posts (this minute), then the fixture's newest, 20 minutes ago.
    const items = dates.slice(1);
    expect(items).toEqual([...items].sort((a, b) => b - a));
    expect(items[0]).toBeGreaterThanOrEqual(Math.floor(START / 1000) * 1000);
    expect(Math.max(...items)).toBeLessThanOrEqual(START + 60_000);
    expect(items).toContain(Math.floor((START - 20 * 60_000) / 1000) * 1000);
  });
});
