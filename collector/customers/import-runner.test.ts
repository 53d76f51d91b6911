import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { DEMO_CRM_EXPORTS, demoCrmExportUrl } from '../demo/demo-crm.ts';
import { parseImport } from '../import/parse-import.ts';
import { runCustomerMaintenance } from './customer-maintenance.ts';
import type { CustomerStore, JourneyStatsView } from './customer-store.ts';
import { toImportRecord, type ImportRecord } from '../import/import-record.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { emailRef, identityKey } from './identity-refs.ts';
import { importRecords } from './import-runner.ts';
import { DEMO_NOW, importDemoExports, openTempStore, type TempStore } from './testing/customer-fixtures.ts';

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore();
});
afterEach(() => temp.close());

const record = (input: Record<string, unknown>): ImportRecord => {
  const outcome = toImportRecord(input, 'jsonl');
  if (!('record' in outcome)) throw new Error(outcome.reason);
  return outcome.record;
};

describe('importing the demo CRM exports', () => {
  it('creates one customer per person across the three exports and stores every touchpoint', async () => {
    const [jsonl, zendesk, hubspot] = await importDemoExports(temp.store);
    expect(jsonl!.customers.created).toBe(9);
    expect([zendesk!.customers.created, hubspot!.customers.created]).toEqual([0, 0]);
    expect([jsonl!.touchpoints.inserted, zendesk!.touchpoints.inserted, hubspot!.touchpoints.inserted]).toEqual([17, 11, 8]);
    const owners = await temp.store.customers.ownersOf([emailRef('marta@example.com')]);
    const marta = await temp.store.customers.getCustomer(owners.get(identityKey(emailRef('marta@example.com')))!);
    expect(marta).toMatchObject({
      names: ['Marta Ruiz'],
      emails: ['marta@example.com'],
      handles: [{ platform: 'reddit', handle: 'marta_rz' }, { platform: 'mastodon', handle: 'marta_rz@mastodon.social' }],
    });
    expect(marta!.crmIds).toEqual(expect.arrayContaining([{ system: 'zendesk', id: '90377' }, { system: 'hubspot', id: '5101' }]));
    expect(await temp.store.customers.touchpointsOf(marta!.id)).toHaveLength(11);
  });

  it('changes nothing when the same exports are imported again', async () => {
    await importDemoExports(temp.store);
    const before = await temp.store.sql.db.selectFrom('touchpoints').selectAll().orderBy('id').execute();
    const again = await importDemoExports(temp.store, '2026-11-25T00:00:00.000Z');
    for (const summary of again) {
      expect(summary.customers.created + summary.customers.updated).toBe(0);
      expect(summary.touchpoints.inserted + summary.touchpoints.updated).toBe(0);
      expect(summary.outcomes.every((o) => o.status === 'unchanged')).toBe(true);
    }
    expect(await temp.store.sql.db.selectFrom('touchpoints').selectAll().orderBy('id').execute()).toEqual(before);
    expect(await temp.store.sql.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()).toEqual({ n: 9 });
  });
});

describe('importing records', () => {
  it('updates a touchpoint whose record changed, and adds new identities to the customer', async () => {
    const call = { type: 'touchpoint', externalId: 'zd-1', customer: { email: 'ana@example.com' }, channel: 'phone', at: '2026-11-02T10:00:00Z', outcome: 'pending' };
    await importRecords(temp.store.customers, [record(call)], DEMO_NOW);
    const second = await importRecords(
      temp.store.customers,
      [record({ ...call, outcome: 'resolved', customer: { email: 'ana@example.com', name: 'Ana Gil', handles: { reddit: 'ana_g' } } })],
      DEMO_NOW,
    );
    expect(second).toMatchObject({ customers: { created: 0, updated: 1 }, touchpoints: { updated: 1 }, outcomes: [{ status: 'imported' }] });
    const id = (await temp.store.customers.ownersOf([emailRef('ana@example.com')])).values().next().value!;
    expect(await temp.store.customers.getCustomer(id)).toEqual({ id, names: ['Ana Gil'], emails: ['ana@example.com'], handles: [{ platform: 'reddit', handle: 'ana_g' }], crmIds: [] });
    expect((await temp.store.customers.touchpointsOf(id)).map((t) => t.outcome)).toEqual(['resolved']);
  });

  it('refuses a record whose identifiers belong to two customers, and still imports the others', async () => {
    const summary = await importRecords(
      temp.store.customers,
      [
        record({ type: 'customer', email: 'ana@example.com' }),
        record({ type: 'customer', email: 'bea@example.com', handles: { reddit: 'bea_r' } }),
        record({ type: 'touchpoint', externalId: 'x-1', customer: { email: 'ana@example.com', handles: { reddit: 'bea_r' } }, channel: 'chat', at: '2026-11-02T10:00:00Z' }),
        record({ type: 'touchpoint', externalId: 'x-2', customer: { email: 'bea@example.com' }, channel: 'chat', at: '2026-11-02T11:00:00Z' }),
      ],
      DEMO_NOW,
    );
    expect(summary.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'error', 'imported']);
    expect(summary.outcomes[2]).toMatchObject({ reason: expect.stringMatching(/^identifiers belong to different customers \(e-mail ana@example.com → cus_.*, reddit handle bea_r → cus_.*\): link them by hand$/) });
    expect(await temp.store.sql.db.selectFrom('touchpoints').select('external_id').execute()).toEqual([{ external_id: 'x-2' }]);
  });

  it('links stored mentions by a handle the import makes known, with the churn rule', async () => {
    const post = makeMention({ author: { name: 'marta', handle: 'marta_rz' }, publishedAt: '2026-11-23T10:00:00.000Z', collectedAt: '2026-11-23T10:05:00.000Z', priority: 40 });
    await temp.store.insertMentions([post]);
    const [jsonl] = await importDemoExports(temp.store);
    expect(jsonl!.mentionsLinked).toBe(1);
    const linked = await temp.store.getMention(post.id);
    expect(linked?.customerId).toMatch(/^cus_/);
    // Linked when her handle became known, then judged again once her touchpoints showed churn risk.
    expect(linked).toMatchObject({ moment: 'LZMOT' });
    expect(linked!.priority).toBeGreaterThanOrEqual(80);
  });
});

describe('an import killed after its touchpoints were committed', () => {
  /** The store as a process that dies right after the last records' commit: nothing after it happens. */
  const dyingAfterCommit = (customers: CustomerStore): CustomerStore => ({
    ...customers,
    setMentionLinks: () => Promise.reject(new Error('killed')),
    replaceJourneySummaries: () => Promise.reject(new Error('killed')),
  });

  const demoRecords = async () =>
    (await Promise.all(DEMO_CRM_EXPORTS.map(async (name) => parseImport(await readFile(demoCrmExportUrl(name), 'utf8')).records))).flat();

  async function cleanImport(): Promise<{ stats: JourneyStatsView; post?: Mention }> {
    const clean = openTempStore();
    try {
      await clean.store.insertMentions([marthasPost]);
      await importRecords(clean.store.customers, await demoRecords(), DEMO_NOW);
      return { stats: await clean.store.customers.journeyStats({}, DEMO_NOW), post: await clean.store.getMention(marthasPost.id) };
    } finally {
      await clean.close();
    }
  }

  const marthasPost = makeMention({ author: { name: 'marta', handle: 'marta_rz' }, publishedAt: '2026-11-23T10:00:00.000Z', collectedAt: '2026-11-23T10:05:00.000Z', priority: 40 });

  it.each(['the next import of the same file', 'the next start'])('has the right journey summaries and churn judgements after %s', async (next) => {
    const expected = await cleanImport();
    expect(expected.stats.journeys).toBeGreaterThan(0);
    expect(expected.post).toMatchObject({ moment: 'LZMOT' });

    await temp.store.insertMentions([marthasPost]);
    await expect(importRecords(dyingAfterCommit(temp.store.customers), await demoRecords(), DEMO_NOW)).rejects.toThrow('killed');
    expect((await temp.store.sql.db.selectFrom('touchpoints').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n).toBe(36);
    expect((await temp.store.customers.journeyStats({}, DEMO_NOW)).journeys).toBe(0);

    if (next === 'the next start') await runCustomerMaintenance(temp.store.customers, { now: new Date(DEMO_NOW) });
    else expect((await importRecords(temp.store.customers, await demoRecords(), DEMO_NOW)).touchpoints.inserted).toBe(0);
    expect(await temp.store.customers.journeyStats({}, DEMO_NOW)).toEqual(expected.stats);
    // Customer ids are random: the same judgement under another id.
    expect(await temp.store.getMention(marthasPost.id)).toEqual({ ...expected.post, customerId: expect.stringMatching(/^cus_/) });
    expect(await temp.store.customers.staleJourneyCustomers(10)).toEqual([]);
  });
});
