import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/customer/customer.ts';
import type { Touchpoint } from '../../shared/journey/touchpoint.ts';
import { priorityOf } from '../../shared/priority/index.ts';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { validateConfig } from '../config.ts';
import type { HttpClient } from '../http/http-client.ts';
import { collectSource } from './collect-source.ts';
import { linkCustomers } from './link-customer.ts';
import { createBrandMatcher } from './match-brands.ts';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const marta: Customer = { id: 'cus-marta', names: ['Marta Ruiz'], emails: ['marta@example.com'], handles: [{ platform: 'reddit', handle: 'marta_rz' }], crmIds: [] };
const call = (n: number, over: Partial<Touchpoint> = {}): Touchpoint => ({
  id: `tp-${n}`,
  externalId: `call-${n}`,
  customerId: marta.id,
  at: `2026-11-1${n}T10:00:00.000Z`,
  channel: 'phone',
  summary: 'El técnico no vino',
  outcome: 'unresolved',
  ...over,
});
const complaint = (over: Parameters<typeof makeMention>[0] = {}) =>
  makeMention({ author: { name: 'Marta Ruiz', handle: 'marta_rz' }, publishedAt: '2026-11-24T10:00:00.000Z', collectedAt: NOW.toISOString(), ...over });

let temp: TempStore;
beforeEach(async () => {
  temp = openTempStore();
  await temp.store.customers.saveCustomer(marta, NOW.toISOString());
});
afterEach(() => temp.close());

describe('linking mentions to customers in the pipeline', () => {
  it('links on the handle, never on a shared display name, and counts the known customer in the priority', async () => {
    const mine = complaint({ sentiment: { score: 0.4, label: 'positive', confidence: 0.7 } });
    const namesake = makeMention({ platform: 'mastodon', author: { name: 'Marta Ruiz', handle: 'marta@mastodon.social' } });
    const stranger = makeMention({ author: { handle: 'someone' } });
    const [linked, notLinked, untouched] = await linkCustomers([mine, namesake, stranger], temp.store.customers, NOW);
    expect(linked).toMatchObject({ customerId: marta.id });
    const base = priorityOf({ sentiment: mine.sentiment, publishedAt: mine.publishedAt, now: mine.collectedAt }).priority;
    expect(linked!.priority).toBeGreaterThan(base);
    expect(notLinked).toBe(namesake);
    expect(untouched).toBe(stranger);
    // Linking only reads: collectSource marks the journey stale once the mention is stored.
    expect(await temp.store.customers.staleJourneyCustomers(5)).toEqual([]);
  });

  it("makes a churn-risk customer's public complaint a less-than-zero moment at the top of triage", async () => {
    await temp.store.customers.upsertTouchpoints([call(1), call(2)], NOW.toISOString());
    // Two bad calls and now a public complaint: the third bad experience.
    const [lzmot] = await linkCustomers([complaint({ moment: 'IMOT' })], temp.store.customers, NOW);
    expect(lzmot).toMatchObject({ customerId: marta.id, moment: 'LZMOT', urgency: 'now' });
    expect(lzmot!.priority).toBeGreaterThanOrEqual(80);
    expect(lzmot!.priorityWhy!.map((f) => f.factor)).toEqual(expect.arrayContaining(['urgency', 'churn-risk', 'known-customer']));
    expect(lzmot!.priorityWhy![0]!.en).toMatch(/^Needs a person now: a customer at churn risk/);
  });

  it('leaves complaints of customers without churn risk in their moment', async () => {
    await temp.store.customers.upsertTouchpoints([call(1), call(2, { outcome: 'resolved', summary: 'Instalación hecha' })], NOW.toISOString());
    const [linked] = await linkCustomers([complaint({ moment: 'IMOT' })], temp.store.customers, NOW);
    expect(linked).toMatchObject({ customerId: marta.id, moment: 'IMOT' });
    expect(linked!.priority).toBeLessThan(80);
  });

  it('asks the store nothing more when no author has a handle a customer holds', async () => {
    const mentions = [makeMention({ author: { handle: 'nobody_known' } }), makeMention({ author: { name: 'No handle' } })];
    expect(await linkCustomers(mentions, temp.store.customers, NOW)).toEqual(mentions);
    expect(await temp.store.customers.staleJourneyCustomers(5)).toEqual([]);
  });
});

describe('a collected post by a known customer', () => {
  const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>r</title><link>https://www.reddit.com/r/lumora/</link><description>d</description>
<item><title>Lumora otra vez sin fibra</title><link>https://www.reddit.com/r/lumora/comments/abc123/lumora_otra_vez_sin_fibra/</link><guid>t3_abc123</guid><dc:creator>/u/marta_rz</dc:creator><pubDate>Mon, 24 Nov 2026 10:00:00 GMT</pubDate><description>Lumora me ha dejado tres días sin fibra.</description></item>
</channel></rss>`;
  const http: HttpClient = { get: async (url) => ({ status: 200, notModified: false, url, body: new TextEncoder().encode(feed), contentType: 'application/rss+xml' }) };

  it('is stored linked to them, and their journeys are marked for a refresh with the run', async () => {
    const config = validateConfig({ brands: [{ name: 'Lumora', query: 'lumora' }], sources: [{ id: 'r', kind: 'rss', url: 'http://127.0.0.1/r.rss', every: '5m', platform: 'reddit' }] });
    const run = await collectSource(config.sources[0]!, { store: temp.store, http, matcher: createBrandMatcher(config.brands), now: () => NOW });
    expect(run).toMatchObject({ ok: true, stored: 1 });
    const { items } = await temp.store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
    expect(items[0]).toMatchObject({ customerId: marta.id });
    expect(await temp.store.customers.staleJourneyCustomers(5)).toEqual([marta.id]);
  });
});
