// Benchmark of the CRM overlay (issue 9): the content script's size, the time from page ready to the
// journey painted, and the Dexie lookup of one customer among 100 k (fake-indexeddb, in Node).
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { identityKeysOfPerson } from '../extension/db/identities.ts';
import { db } from '../extension/db/vigia-db.ts';
import { findCachedCustomerId, readCachedJourney } from '../extension/features/crm-overlay/background/journey-cache.ts';
import { measureOverlayPaint } from './overlay-paint.ts';

export const name = 'overlay';

const ROOT = resolve(import.meta.dirname, '..');
const CONTENT_SCRIPT = resolve(ROOT, '.output/chrome-mv3/content-scripts/crm-overlay.js');
const COLLECTOR = 'http://127.0.0.1:8787';

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Fills the cache tables as the background would after fetching `customers` journeys (3 identities, 2 moments, 1 journey each). */
async function fillCache(customers: number): Promise<void> {
  await db.delete();
  await db.open();
  const batch = 5_000;
  for (let start = 0; start < customers; start += batch) {
    const rows = Array.from({ length: Math.min(batch, customers - start) }, (_, k) => start + k);
    await db.transaction('rw', [db.customers, db.identities, db.touchpoints, db.journeys], async () => {
      await db.customers.bulkPut(
        rows.map((i) => ({
          id: `cus_${i}`,
          collectorUrl: COLLECTOR,
          customer: { id: `cus_${i}`, names: [`Customer ${i}`], emails: [`customer${i}@example.com`], handles: [{ platform: 'reddit', handle: `user_${i}` }], crmIds: [{ system: 'zendesk' as const, id: String(100_000 + i) }] },
          risk: { badExperiences: i % 4, churnRisk: i % 4 === 3, windowDays: 90, evidence: { touchpointIds: [], mentionIds: [] } },
          mentionIds: [],
          fetchedAt: '2026-11-24T00:00:00.000Z',
        })),
      );
      await db.identities.bulkPut(
        rows.flatMap((i) => [
          { key: `crm:zendesk:${100_000 + i}`, kind: 'crm' as const, customerId: `cus_${i}` },
          { key: `email:customer${i}@example.com`, kind: 'email' as const, customerId: `cus_${i}` },
          { key: `handle:reddit:user_${i}`, kind: 'handle' as const, customerId: `cus_${i}` },
        ]),
      );
      await db.touchpoints.bulkPut(rows.flatMap((i) => [0, 1].map((k) => ({ customerId: `cus_${i}`, kind: 'touchpoint' as const, id: `tp-${i}-${k}`, at: `2026-11-1${k}T10:00:00.000Z`, channel: 'phone' as const }))));
      await db.journeys.bulkPut(rows.map((i) => ({ customerId: `cus_${i}`, rank: 0, id: `j-${i}`, type: 'installation', keywords: [], startedAt: '2026-11-10T10:00:00.000Z', endedAt: '2026-11-11T10:00:00.000Z', momentIds: [`tp-${i}-0`, `tp-${i}-1`], metrics: {} as never })));
    });
  }
}

/** Lookup of a random customer by what a CRM page shows (CRM id first, then e-mail), and the cached journey read. */
async function measureLookups(customers: number, queries: number): Promise<{ lookup: number[]; journey: number[] }> {
  const lookup: number[] = [];
  const journey: number[] = [];
  // A fixed sequence of customers (Knuth's multiplicative hash), so runs compare.
  for (let q = -50; q < queries; q++) {
    const i = ((q + 50) * 2_654_435_761) % customers;
    const keys = identityKeysOfPerson({ emails: [`customer${i}@example.com`], handles: [], crmIds: [{ system: 'zendesk', id: String(100_000 + i) }] });
    const started = performance.now();
    const id = await findCachedCustomerId(keys, COLLECTOR);
    const found = performance.now();
    const cached = id ? await readCachedJourney(id, COLLECTOR) : undefined;
    const read = performance.now();
    if (cached?.view.customer.id !== `cus_${i}`) throw new Error(`bench overlay: customer ${i} not found in the cache`);
    if (q < 0) continue;
    lookup.push(found - started);
    journey.push(read - started);
  }
  return { lookup: lookup.sort((a, b) => a - b), journey: journey.sort((a, b) => a - b) };
}

/** Figures from one run; `lines` is what to print. */
export interface OverlayBenchResult {
  name: string;
  metrics: Record<string, number>;
  lines: string[];
}

export async function run(options: { customers?: number; queries?: number; loads?: number } = {}): Promise<OverlayBenchResult> {
  const customers = options.customers ?? 100_000;
  const queries = options.queries ?? 500;
  const loads = options.loads ?? 11;
  if (!existsSync(CONTENT_SCRIPT)) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const script = readFileSync(CONTENT_SCRIPT);

  const fillStarted = performance.now();
  await fillCache(customers);
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const { lookup, journey } = await measureLookups(customers, queries);
  db.close();

  const paint = await measureOverlayPaint(loads);
  const warm = [...paint.warmMs].sort((a, b) => a - b);
  const metrics = {
    contentScriptKb: round(script.length / 1024, 1),
    contentScriptGzipKb: round(gzipSync(script).length / 1024, 1),
    customers,
    fillSeconds: round(fillSeconds, 1),
    lookupP50Ms: round(percentile(lookup, 50)),
    lookupP95Ms: round(percentile(lookup, 95)),
    journeyReadP50Ms: round(percentile(journey, 50)),
    journeyReadP95Ms: round(percentile(journey, 95)),
    paintColdMs: round(paint.coldMs, 0),
    paintWarmP50Ms: round(percentile(warm, 50), 0),
    paintWarmP95Ms: round(percentile(warm, 95), 0),
  };
  const lines = [
    `overlay: content script ${metrics.contentScriptKb} kB (${metrics.contentScriptGzipKb} kB gzipped)`,
    `  page ready → journey painted (Zendesk page, real stack): first ${metrics.paintColdMs} ms (collector asked), then p50 ${metrics.paintWarmP50Ms} ms, p95 ${metrics.paintWarmP95Ms} ms (Dexie cache, ${warm.length} loads)`,
    `  Dexie lookup of one customer among ${customers.toLocaleString('en')} (fake-indexeddb, filled in ${metrics.fillSeconds} s): p50 ${metrics.lookupP50Ms} ms, p95 ${metrics.lookupP95Ms} ms (target < 20 ms)`,
    `  lookup + cached journey read: p50 ${metrics.journeyReadP50Ms} ms, p95 ${metrics.journeyReadP95Ms} ms`,
  ];
  return { name, metrics, lines };
}

export default { name, run };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of (await run()).lines) console.log(line);
}
