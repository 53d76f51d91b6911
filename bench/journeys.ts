// Benchmark: one customer's lookup, journeys and metrics among 100 k customers and 1 M touchpoints held in memory.
import { pathToFileURL } from 'node:url';
import type { Customer } from '../shared/customer/customer.ts';
import { IdentityIndex } from '../shared/customer/identity-index.ts';
import { resolveAuthor } from '../shared/customer/resolve-author.ts';
import { customerRisk } from '../shared/journey/customer-risk.ts';
import { journeyMetrics } from '../shared/journey/journey-metrics.ts';
import { stitchJourneys } from '../shared/journey/stitch-journeys.ts';
import { CHANNELS, touchpointIdOf, type Touchpoint } from '../shared/journey/touchpoint.ts';
import type { Sentiment } from '../shared/mention.ts';
import { seeded } from './seeded-random.ts';

export const name = 'journeys';


const NEEDS = [
  ['El técnico no vino a la cita de instalación', 'Segunda cita de instalación sin técnico', 'Reprogramación de la instalación de fibra'],
  ['Router drops the connection every evening', 'Still no signal on the router', 'Engineer replaced the splitter, connection stable'],
  ['Doble cobro en la factura de noviembre', 'Reclamación del cargo duplicado', 'Devolución del cobro confirmada'],
  ['Wants to cancel: moving to a competitor', 'Retention offer for the price rise', 'Cancellation processed'],
  ['Pedido de la Lumora Box sin entregar', 'Parcel still not delivered', 'Entrega confirmada por el mensajero'],
  ['Question about the 5G plan and eSIM', 'Contrata la tarifa móvil con portabilidad', 'Order confirmation for the new plan'],
];
const DAY = 86_400_000;
const scored = (score: number): Sentiment => ({ score, label: score <= -0.05 ? 'negative' : score >= 0.05 ? 'positive' : 'neutral', confidence: 0.8 });
const NOW = Date.parse('2026-11-24T00:00:00Z');

function buildCustomers(random: () => number, customers: number, perCustomer: number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const people: Customer[] = [];
  const byCustomer = new Map<string, Touchpoint[]>();
  let total = 0;
  for (let c = 0; c < customers; c++) {
    const id = `c-${c}`;
    people.push({ id, names: [`Customer ${c}`], emails: [`customer${c}@example.com`], handles: [{ platform: 'reddit', handle: `user_${c}` }], crmIds: [{ system: 'zendesk', id: String(100_000 + c) }] });
    // Between 1 and 2 × perCustomer − 1 touchpoints, in a few needs spread over 90 days.
    const count = 1 + Math.floor(random() * (2 * perCustomer - 1));
    const own: Touchpoint[] = [];
    let at = NOW - 90 * DAY + random() * 30 * DAY;
    let need = pick(NEEDS);
    for (let i = 0; i < count; i++) {
      if (random() < 0.25) need = pick(NEEDS);
      at += random() * 4 * DAY;
      const externalId = `bench-${c}-${i}`;
      const inbound = random() < 0.7;
      own.push({
        id: touchpointIdOf({ externalId }),
        customerId: id,
        externalId,
        at: new Date(Math.min(at, NOW - 60_000)).toISOString(),
        channel: pick(CHANNELS),
        direction: inbound ? 'inbound' : 'outbound',
        summary: pick(need),
        ...(random() < 0.5 ? { outcome: pick(['resolved', 'unresolved', 'pending'] as const) } : {}),
        ...(inbound && random() < 0.6 ? { sentiment: scored(random() * 2 - 1) } : {}),
      });
    }
    total += own.length;
    byCustomer.set(id, own);
  }
  return { people, byCustomer, total };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Figures from one run; `lines` is what to print. */
export interface JourneysBenchResult {
  name: string;
  metrics: Record<string, number>;
  lines: string[];
}

export async function run(options: { customers?: number; touchpointsPerCustomer?: number; queries?: number } = {}): Promise<JourneysBenchResult> {
  const random = seeded(7);
  const customers = options.customers ?? 100_000;
  const queries = options.queries ?? 2_000;

  const buildStarted = performance.now();
  const { people, byCustomer, total } = buildCustomers(random, customers, options.touchpointsPerCustomer ?? 10);
  const index = new IdentityIndex(people);
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const heapMb = process.memoryUsage().heapUsed / 1_048_576;

  const lookups: number[] = [];
  const journeysOnly: number[] = [];
  const totals: number[] = [];
  let journeyCount = 0;
  // The first 200 queries warm the JIT up and are not counted.
  for (let q = -200; q < queries; q++) {
    const n = Math.floor(random() * customers);
    const started = performance.now();
    const { linked } = resolveAuthor({ platform: 'reddit', handle: `user_${n}`, email: `customer${n}@example.com` }, index);
    const own = byCustomer.get(linked ?? '') ?? [];
    const looked = performance.now();
    const journeys = stitchJourneys(own, { ignoreWords: ['Lumora'] });
    for (const journey of journeys) journeyMetrics(journey, new Date(NOW));
    customerRisk({ touchpoints: own }, { now: new Date(NOW) });
    const done = performance.now();
    if (q < 0) continue;
    journeyCount += journeys.length;
    lookups.push(looked - started);
    journeysOnly.push(done - looked);
    totals.push(done - started);
  }
  for (const list of [lookups, journeysOnly, totals]) list.sort((a, b) => a - b);

  const metrics = {
    customers,
    touchpoints: total,
    queries,
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    heapMb: Math.round(heapMb),
    journeysPerCustomer: Math.round((journeyCount / queries) * 10) / 10,
    lookupP50Ms: round(percentile(lookups, 50)),
    lookupP95Ms: round(percentile(lookups, 95)),
    journeyP50Ms: round(percentile(journeysOnly, 50)),
    journeyP95Ms: round(percentile(journeysOnly, 95)),
    totalP50Ms: round(percentile(totals, 50)),
    totalP95Ms: round(percentile(totals, 95)),
    totalP99Ms: round(percentile(totals, 99)),
    totalMaxMs: round(totals[totals.length - 1] ?? NaN),
  };
  const lines = [
    `journeys: ${customers.toLocaleString('en')} customers, ${total.toLocaleString('en')} touchpoints in memory (built in ${metrics.buildSeconds} s, heap ${metrics.heapMb} MB), ${queries} random customers`,
    `  identity lookup:            p50 ${metrics.lookupP50Ms} ms, p95 ${metrics.lookupP95Ms} ms`,
    `  stitch + metrics + risk:    p50 ${metrics.journeyP50Ms} ms, p95 ${metrics.journeyP95Ms} ms (${metrics.journeysPerCustomer} journeys per customer)`,
    `  total per customer:         p50 ${metrics.totalP50Ms} ms, p95 ${metrics.totalP95Ms} ms, p99 ${metrics.totalP99Ms} ms, max ${metrics.totalMaxMs} ms`,
    '  (in-memory only: the store-backed lookup is measured separately)',
  ];
  return { name, metrics, lines };
}

export default { name, run };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of (await run()).lines) console.log(line);
}
