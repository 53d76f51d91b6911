import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLedger } from '../alerts/delivery-ledger.ts';
import { validateConfig } from '../config.ts';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { sendDueDigest, type DigestDeps } from './digest.ts';
import { latestDigestSlot } from './digest-schedule.ts';
import { SEED_BRANDS, seedReportStore } from './testing/report-seed.ts';

const madrid = { day: 'mon' as const, at: '09:00', timezone: 'Europe/Madrid' };

describe('digest schedule', () => {
  it('owes the latest Monday 09:00 in the zone, covering the week before it', () => {
    expect(latestDigestSlot(new Date('2026-11-16T07:59:00Z'), madrid)).toEqual({ at: '2026-11-09T08:00:00.000Z', from: '2026-11-02T08:00:00.000Z', id: 'digest:2026-11-09T08:00:00.000Z' });
    expect(latestDigestSlot(new Date('2026-11-16T08:00:00Z'), madrid).at).toBe('2026-11-16T08:00:00.000Z');
    // Down on Monday, started on Thursday: Monday's digest is still owed; never two weeks at once.
    expect(latestDigestSlot(new Date('2026-11-19T15:00:00Z'), madrid).at).toBe('2026-11-16T08:00:00.000Z');
    // Summer time: 09:00 in Madrid is 07:00 UTC.
    expect(latestDigestSlot(new Date('2026-06-10T12:00:00Z'), { ...madrid, day: 'wed' }).at).toBe('2026-06-10T07:00:00.000Z');
  });
});

describe('sending the digest', () => {
  let temp: TempStore;
  let server: Server;
  let base: string;
  const received: { path: string; body: { text: string } }[] = [];
  let failures = 0;
  beforeAll(async () => {
    temp = openTempStore();
    await seedReportStore(temp.store);
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/flaky' && failures-- > 0) return void res.writeHead(500).end();
        received.push({ path: req.url ?? '', body: JSON.parse(body) });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await temp.close();
  });

  it('sends the week’s figures once per webhook, across checks and restarts, and retries a failed post at the next check', async () => {
    const ledger = createMemoryLedger();
    const settings = { enabled: true, day: 'mon' as const, at: '00:00', timezone: 'UTC', lang: 'en' as const, brand: 'Lumora', link: 'https://intranet.example/reports' };
    const deps = (): DigestDeps => ({ store: temp.store, ledger, settings, webhooks: [{ url: `${base}/ok` }, { url: `${base}/flaky` }], brands: SEED_BRANDS, userAgent: 'Vigia-test' });
    failures = 1;
    // Monday 9 November: the week of 2–8 November.
    const first = await sendDueDigest(deps(), new Date('2026-11-09T06:00:00Z'));
    expect(first.map((r) => [r.url.slice(base.length), r.status])).toEqual([['/ok', 'delivered'], ['/flaky', 'failed']]);
    expect(received).toHaveLength(1);
    const text = received[0]!.body.text;
    expect(text).toContain('Weekly digest · Lumora · 2 Nov 2026 – 8 Nov 2026');
    // l1–l3 negative, l6 positive in that week: 4 mentions, 75 % negative, net −0.50, 1 of 3 complaints within 48 h.
    expect(text).toContain('4 mentions · negative share 75% · net sentiment -0.50 · 33% complaints answered within 48 h');
    expect(text).toContain('Share of voice: Lumora 67%, Rivalia (competitor) 33%');
    expect(text).toContain('<https://intranet.example/reports|Full report>');
    expect(text).not.toContain('<script>');
    // The next check (a restarted process on the same ledger): only the failed one is sent again.
    const second = await sendDueDigest(deps(), new Date('2026-11-09T06:15:00Z'));
    expect(second.map((r) => [r.url.slice(base.length), r.status])).toEqual([['/ok', 'duplicate'], ['/flaky', 'delivered']]);
    expect((await sendDueDigest(deps(), new Date('2026-11-12T10:00:00Z'))).map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(received).toHaveLength(2);
    // A week later, the next digest.
    expect((await sendDueDigest(deps(), new Date('2026-11-16T00:00:00Z'))).map((r) => r.status)).toEqual(['delivered', 'delivered']);
  });
});

describe('reports in the config', () => {
  const brands = [{ name: 'Lumora', query: 'lumora' }];
  it('fills the digest’s defaults and names every bad field', () => {
    expect(validateConfig({ brands, reports: { weeklyDigest: {} } }).reports.weeklyDigest).toEqual({ enabled: true, day: 'mon', at: '09:00', timezone: 'UTC', lang: 'en' });
    expect(validateConfig({ brands }).reports).toEqual({});
    expect(() => validateConfig({ brands, reports: { weeklyDigest: { day: 'monday', at: '9am', timezone: 'Mars/Olympus', lang: 'fr', link: 'ftp://x', every: 'week' } } })).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          expect.stringContaining('reports.weeklyDigest.day'),
          expect.stringContaining('reports.weeklyDigest.at'),
          expect.stringContaining('reports.weeklyDigest.timezone'),
          expect.stringContaining('reports.weeklyDigest.lang'),
          expect.stringContaining('reports.weeklyDigest.link'),
          expect.stringContaining('reports.weeklyDigest.every'),
        ]),
      }),
    );
  });

  it('marks competitors', () => {
    const config = validateConfig({ brands: [...brands, { name: 'Rivalia', query: 'rivalia', competitor: true }] });
    expect(config.brands.map((b) => b.competitor)).toEqual([undefined, true]);
    expect(() => validateConfig({ brands: [{ name: 'Rivalia', query: 'rivalia', competitor: 'yes' }] })).toThrow(expect.objectContaining({ problems: [expect.stringContaining('brands[0].competitor')] }));
  });
});
