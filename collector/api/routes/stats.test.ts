import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDemoExports } from '../../customers/testing/customer-fixtures.ts';
import { linkCustomers } from '../../pipeline/link-customer.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let temp: ApiFixture;
beforeEach(async () => {
  temp = await openApiFixture({}, 'marketing');
});
afterEach(() => temp.close());

const get = (url: string) => temp.api.app.inject({ url, headers: temp.auth });

describe('GET /api/stats/journeys', () => {
  it("aggregates the demo customers' journeys, re-stitching customers whose moments changed first", async () => {
    await importDemoExports(temp.store);
    const all = (await get('/api/stats/journeys')).json();
    expect(all).toMatchObject({ journeys: 10, resolutionRateByType: { installation: { journeys: 2 } } });
    expect(all.crossChannelShare).toBeGreaterThan(0);
    expect(all.immediacyCompliance.met).toBeGreaterThan(0);
    // A public post by Irene, linked and stored as the pipeline does, which only marks her journeys stale: the route re-stitches.
    const [post] = await linkCustomers([makeMention({ author: { handle: 'irene_sv' }, publishedAt: '2026-12-20T10:00:00.000Z', text: 'Me han subido la factura sin avisar' })], temp.store.customers, new Date('2026-12-20T11:00:00.000Z'));
    await temp.store.insertMentions([post!]);
    await temp.store.customers.markJourneysStale([post!.customerId!]);
    expect(await temp.store.customers.staleJourneyCustomers(5)).toEqual([post!.customerId]);
    expect((await get('/api/stats/journeys')).json().journeys).toBe(all.journeys + 1);
    expect(await temp.store.customers.staleJourneyCustomers(5)).toEqual([]);
    const narrow = (await get('/api/stats/journeys?from=2026-11-20&to=2026-11-24T00:00:00Z')).json();
    expect(narrow.journeys).toBeLessThan(all.journeys);
    expect(narrow).toMatchObject({ from: '2026-11-20T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' });
    expect((await get('/api/stats/journeys?from=soon')).statusCode).toBe(400);
  });
});

describe('GET /api/stats/sentiment', () => {
  it('answers the dashboard contract, with the last 30 days by platform by default', async () => {
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await temp.store.insertMentions([makeMention({ publishedAt: recent, text: 'Router roto otra vez' }), makeMention({ publishedAt: recent, platform: 'mastodon', text: 'El router no funciona' })]);
    const res = await get('/api/stats/sentiment');
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(Object.keys(stats).sort()).toEqual(['breakdown', 'bucket', 'by', 'from', 'negativeShare', 'responseTimes', 'series', 'to', 'topNegativeTerms']);
    expect(stats).toMatchObject({ bucket: 'day', by: 'platform', negativeShare: 1, breakdown: { reddit: { negative: 1 }, mastodon: { negative: 1 } } });
    expect(stats.series.length).toBeGreaterThanOrEqual(30);
    expect(stats.topNegativeTerms).toEqual([{ term: 'router', count: 2 }, { term: 'no funciona', count: 1 }, { term: 'router roto', count: 1 }]);
    expect(stats.responseTimes).toMatchObject({ waiting: 0, over48h: 2 });
  });

  it('refuses bad parameters, reversed ranges and too many buckets with the parameter named', async () => {
    const issues = async (url: string) => (await get(url)).json().issues.map((i: { path: string }) => i.path);
    expect(await issues('/api/stats/sentiment?bucket=minute&by=colour')).toEqual(['bucket', 'by']);
    expect(await issues('/api/stats/sentiment?from=2026-11-20&to=2026-11-10')).toEqual(['from']);
    expect(await issues('/api/stats/sentiment?from=2020-01-01&to=2026-01-01&bucket=hour')).toEqual(['bucket']);
  });
});
