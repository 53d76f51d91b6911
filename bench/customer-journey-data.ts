// Fills a store for the customer-journey benchmark: customers with an e-mail, a handle and a CRM id each,
// a few needs' worth of touchpoints over 90 days, and some linked public mentions — written in bulk
// straight into the tables (the import path is measured by tests, not here). Deterministic per size.
import { touchpointIdOf, CHANNELS, type Touchpoint } from '../shared/journey/touchpoint.ts';
import type { Mention } from '../shared/mention.ts';
import type { SqlStore } from '../collector/store/sql-store.ts';
import { seeded } from './seeded-random.ts';

export interface FillOptions {
  /** @default 100000 */
  customers?: number;
  /** Average per customer (1 … 2n−1, uniformly). @default 10 */
  touchpointsPerCustomer?: number;
  /** One linked public mention per this many customers. @default 10 */
  mentionEvery?: number;
}

const NEEDS = [
  ['El técnico no vino a la cita de instalación', 'Segunda cita de instalación sin técnico', 'Reprogramación de la instalación de fibra'],
  ['Router drops the connection every evening', 'Still no signal on the router', 'Engineer replaced the splitter, connection stable'],
  ['Doble cobro en la factura de noviembre', 'Reclamación del cargo duplicado', 'Devolución del cobro confirmada'],
  ['Wants to cancel: moving to a competitor', 'Retention offer for the price rise', 'Cancellation processed'],
  ['Question about the 5G plan and eSIM', 'Contrata la tarifa móvil con portabilidad', 'Order confirmation for the new plan'],
];
const DAY = 86_400_000;
const END = Date.parse('2026-11-24T00:00:00.000Z');
const ROWS_PER_INSERT = 500;
const ROWS_PER_TRANSACTION = 20_000;


async function insertAll(store: SqlStore, table: 'customers' | 'customer_identities' | 'touchpoints', rows: object[]): Promise<void> {
  for (let t = 0; t < rows.length; t += ROWS_PER_TRANSACTION) {
    await store.sql.writeTransaction(async (trx) => {
      const slice = rows.slice(t, t + ROWS_PER_TRANSACTION);
      for (let i = 0; i < slice.length; i += ROWS_PER_INSERT) await trx.insertInto(table).values(slice.slice(i, i + ROWS_PER_INSERT) as never).execute();
    });
  }
}

export async function fillCustomerStore(store: SqlStore, options: FillOptions = {}): Promise<{ touchpoints: number; mentions: number; touchpointsPerCustomer: number }> {
  const customers = options.customers ?? 100_000;
  const perCustomer = options.touchpointsPerCustomer ?? 10;
  const mentionEvery = options.mentionEvery ?? 10;
  const random = seeded(customers);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const now = new Date(END).toISOString();
  let touchpoints = 0;
  const BATCH = 10_000;
  for (let from = 0; from < customers; from += BATCH) {
    const customerRows: object[] = [];
    const identityRows: object[] = [];
    const touchpointRows: object[] = [];
    const mentions: Mention[] = [];
    for (let c = from; c < Math.min(customers, from + BATCH); c++) {
      const id = `cus_bench${c}`;
      customerRows.push({ id, names: JSON.stringify([`Customer ${c}`]), created_at: now, updated_at: now, journeys_stale: 0 });
      identityRows.push(
        { kind: 'email', scope: '', value: `customer${c}@example.com`, customer_id: id, position: 0, added_at: now },
        { kind: 'handle', scope: 'reddit', value: `user_${c}`, customer_id: id, position: 0, added_at: now },
        { kind: 'crm', scope: 'zendesk', value: String(100_000 + c), customer_id: id, position: 0, added_at: now },
      );
      const count = 1 + Math.floor(random() * (2 * perCustomer - 1));
      let at = END - 90 * DAY + random() * 30 * DAY;
      let need = pick(NEEDS);
      for (let i = 0; i < count; i++) {
        if (random() < 0.25) need = pick(NEEDS);
        at = Math.min(at + random() * 4 * DAY, END - 60_000);
        const externalId = `bench-${c}-${i}`;
        const score = Math.round((random() * 2 - 1) * 100) / 100;
        const tp: Touchpoint = {
          id: touchpointIdOf({ externalId }),
          customerId: id,
          externalId,
          at: new Date(at).toISOString(),
          channel: pick(CHANNELS),
          direction: random() < 0.7 ? 'inbound' : 'outbound',
          summary: pick(need),
          sentiment: { score, label: score <= -0.05 ? 'negative' : score >= 0.05 ? 'positive' : 'neutral', confidence: 0.8 },
          outcome: pick(['resolved', 'unresolved', 'pending'] as const),
        };
        touchpointRows.push({ id: tp.id, external_id: externalId, customer_id: id, at: tp.at, doc: JSON.stringify(tp), updated_at: now });
      }
      touchpoints += count;
      if (c % mentionEvery === 0) {
        mentions.push({
          id: `bench-mention-${c}`,
          source: 'bench',
          platform: 'reddit',
          kind: 'post',
          url: `https://reddit.com/r/bench/comments/${c}/`,
          author: { name: `Customer ${c}`, handle: `user_${c}` },
          text: `${pick(need)} — Lumora`,
          lang: 'en',
          publishedAt: new Date(at).toISOString(),
          collectedAt: now,
          sentiment: { score: -0.5, label: 'negative', confidence: 0.8 },
          matches: [{ brand: 'Lumora', terms: ['lumora'] }],
          customerId: id,
          triage: { status: 'new', updatedAt: now },
          priority: 60,
        });
      }
    }
    await insertAll(store, 'customers', customerRows);
    await insertAll(store, 'customer_identities', identityRows);
    await insertAll(store, 'touchpoints', touchpointRows);
    await store.insertMentions(mentions);
  }
  return { touchpoints, mentions: Math.ceil(customers / mentionEvery), touchpointsPerCustomer: touchpoints / customers };
}
