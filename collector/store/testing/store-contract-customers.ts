// Contract, customers: one owner per identity, touchpoints upserted by external id, mention links with new
// change seqs, author candidates, link records that can be undone, journey aggregates, and forgetting.
import { expect, it } from 'vitest';
import type { Customer } from '../../../shared/customer/customer.ts';
import type { Touchpoint } from '../../../shared/journey/touchpoint.ts';
import { IdentityConflictError } from '../../customers/customer-errors.ts';
import { emailRef, handleRef, identityKey } from '../../customers/identity-refs.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import type { ContractContext } from './store-contract.ts';

const NOW = '2026-11-24T00:00:00.000Z';
const marta: Customer = {
  id: 'cus-marta',
  names: ['Marta Ruiz'],
  emails: ['marta@example.com', 'm.ruiz@example.es'],
  handles: [{ platform: 'reddit', handle: 'marta_rz' }],
  crmIds: [{ system: 'zendesk', id: '90377' }],
};
const tp = (n: number, over: Partial<Touchpoint> = {}): Touchpoint => ({
  id: `tp-${n}`,
  customerId: marta.id,
  externalId: `zd-${n}`,
  at: `2026-11-0${n}T10:00:00.000Z`,
  channel: 'phone',
  summary: `El técnico no vino (${n})`,
  outcome: 'unresolved',
  ...over,
});

export function customerContract(ctx: ContractContext): void {
  it('keeps each identity with one customer and reads records back as written', async () => {
    const { customers } = ctx.store;
    await customers.saveCustomer(marta, NOW);
    expect(await customers.getCustomer(marta.id)).toEqual(marta);
    const owners = await customers.ownersOf([emailRef('MARTA@example.com'), handleRef('reddit', '@Marta_RZ'), handleRef('mastodon', 'marta_rz')]);
    expect([...owners]).toEqual([
      [identityKey(emailRef('marta@example.com')), marta.id],
      [identityKey(handleRef('reddit', 'marta_rz')), marta.id],
    ]);
    const impostor: Customer = { id: 'cus-other', names: ['Other'], emails: ['other@example.com', 'marta@example.com'], handles: [], crmIds: [] };
    await expect(customers.saveCustomer(impostor, NOW)).rejects.toBeInstanceOf(IdentityConflictError);
    expect(await customers.getCustomer('cus-other')).toBeUndefined();
    // Replacing a record drops the identities it no longer has.
    await customers.saveCustomer({ ...marta, emails: ['marta@example.com'] }, NOW);
    expect((await customers.ownersOf([emailRef('m.ruiz@example.es')])).size).toBe(0);
    expect(await customers.getCustomers(['nobody', marta.id])).toEqual([{ ...marta, emails: ['marta@example.com'] }]);
  });

  it('upserts touchpoints by external id and cuts the old ones with their moves', async () => {
    const { customers } = ctx.store;
    await customers.saveCustomer(marta, NOW);
    expect(await customers.upsertTouchpoints([tp(1), tp(2)], NOW)).toEqual(['inserted', 'inserted']);
    expect(await customers.upsertTouchpoints([{ ...tp(2) }, tp(1, { outcome: 'resolved' })], NOW)).toEqual(['unchanged', 'updated']);
    expect((await customers.touchpointsOf(marta.id)).map((t) => [t.id, t.outcome])).toEqual([['tp-1', 'resolved'], ['tp-2', 'unresolved']]);
    await customers.saveJourneyMove({ customerId: marta.id, touchpointId: 'tp-1', journeyId: 'j-1', by: 'ana', at: NOW });
    await customers.saveJourneyMove({ customerId: marta.id, touchpointId: 'tp-1', journeyId: 'j-2', by: 'ana', at: NOW });
    expect(await customers.journeyMoves(marta.id)).toEqual({ 'tp-1': 'j-2' });
    expect(await customers.deleteTouchpointsBefore('2026-11-02T00:00:00.000Z')).toEqual({ deleted: 1, customerIds: [marta.id] });
    expect((await customers.touchpointsOf(marta.id)).map((t) => t.id)).toEqual(['tp-2']);
    expect(await customers.journeyMoves(marta.id)).toEqual({});
    await expect(customers.upsertTouchpoints([{ ...tp(3), externalId: undefined }], NOW)).rejects.toThrow(/no externalId/);
  });

  it('links mentions with new change seqs, in the document too, and finds unlinked authors', async () => {
    const { store } = ctx;
    const mine = makeMention({ author: { name: 'Marta Ruiz', handle: 'marta_rz' } });
    const namesake = makeMention({ platform: 'mastodon', author: { name: 'MARTA  ruiz', handle: 'mruiz@mastodon.social', url: 'https://mastodon.social/@mruiz' } });
    await store.insertMentions([mine, namesake]);
    const seq = await store.latestSeq();
    await store.customers.setMentionLinks([{ mentionId: mine.id, customerId: marta.id, moment: 'LZMOT', priority: 91 }]);
    expect(await store.getMention(mine.id)).toEqual({ ...mine, customerId: marta.id, moment: 'LZMOT', priority: 91 });
    const feed = await store.listMentions({}, { mode: 'changes', afterSeq: seq }, 10);
    expect(feed.items.map((m) => m.customerId)).toEqual([marta.id]);
    expect((await store.customers.mentionsOfCustomer(marta.id, 10)).map((m) => m.id)).toEqual([mine.id]);
    expect((await store.customers.mentionsByAuthor('reddit', '@Marta_RZ', 10)).map((m) => m.id)).toEqual([mine.id]);
    expect(await store.customers.authorCandidates({ name: 'Marta Ruiz', limit: 5 })).toEqual([
      { platform: 'mastodon', handle: 'mruiz@mastodon.social', name: 'MARTA  ruiz', url: 'https://mastodon.social/@mruiz', mentionCount: 1, lastMentionAt: namesake.publishedAt, reason: 'same display name' },
    ]);
    expect((await store.customers.authorCandidates({ handle: 'MRuiz@mastodon.social', platform: 'mastodon', limit: 5 }))[0]?.reason).toBe('same handle');
    await store.customers.setMentionLinks([{ mentionId: mine.id, priority: 40 }]);
    expect(await store.getMention(mine.id)).toEqual({ ...mine, moment: undefined, priority: 40 });
    expect(await store.customers.brandNames()).toEqual(['Lumora']);
  });

  it('records links with what they replaced until they are undone', async () => {
    const { customers } = ctx.store;
    const link = {
      customerId: marta.id,
      identity: handleRef('reddit', 'marta_rz'),
      previousCustomerId: 'cus-before',
      previousPosition: 1,
      alreadyOwned: false,
      linkedBy: 'ana',
      linkedAt: NOW,
      mentions: [{ mentionId: 'm-1', priority: 30 }, { mentionId: 'm-2', customerId: 'cus-before', moment: 'IMOT' as const, priority: 55 }],
    };
    const id = await customers.recordLink(link);
    expect(await customers.activeLink(marta.id, handleRef('reddit', 'marta_rz'))).toEqual({ id, ...link });
    expect(await customers.activeLink(marta.id, emailRef('marta@example.com'))).toBeUndefined();
    await customers.closeLink(id, 'luis', NOW);
    expect(await customers.activeLink(marta.id, handleRef('reddit', 'marta_rz'))).toBeUndefined();
  });

  it('aggregates journey summaries in SQL and judges waiting ones at the moment asked', async () => {
    const { customers } = ctx.store;
    await customers.saveCustomer(marta, NOW);
    const base = { customerId: marta.id, endedAt: '2026-11-20T00:00:00.000Z', touchpoints: 3 };
    await customers.replaceJourneySummaries(marta.id, [
      { ...base, id: 'j1', type: 'installation', startedAt: '2026-11-01T00:00:00.000Z', channels: 3, resolved: false, effort: 90, firstContactAt: '2026-11-01T00:00:00.000Z' },
      { ...base, id: 'j2', type: 'fault', startedAt: '2026-11-10T00:00:00.000Z', channels: 1, resolved: true, effort: 20, firstContactAt: '2026-11-10T00:00:00.000Z', firstResponseHours: 3 },
      { ...base, id: 'j3', type: 'fault', startedAt: '2026-11-23T12:00:00.000Z', channels: 2, resolved: false, effort: 31, firstContactAt: '2026-11-23T12:00:00.000Z' },
    ], NOW);
    expect(await customers.staleJourneyCustomers(10)).toEqual([]);
    const stats = await customers.journeyStats({}, NOW);
    expect(stats).toEqual({
      journeys: 3,
      resolutionRate: 0.333,
      resolutionRateByType: { fault: { journeys: 2, resolved: 1, resolutionRate: 0.5 }, installation: { journeys: 1, resolved: 0, resolutionRate: 0 } },
      averageEffort: 47,
      crossChannelShare: 0.667,
      immediacyCompliance: { met: 1, missed: 1, waiting: 1, complianceRate: 0.5 },
    });
    expect((await customers.journeyStats({ from: '2026-11-05T00:00:00.000Z', to: '2026-11-20T00:00:00.000Z' }, NOW)).journeys).toBe(1);
    await customers.markJourneysStale([marta.id, 'nobody']);
    expect(await customers.staleJourneyCustomers(10)).toEqual([marta.id]);
  });

  it('forgets a customer so that no table holds anything of them, while their public mentions stay', async () => {
    const { store } = ctx;
    const { customers } = store;
    const other: Customer = { id: 'cus-james', names: ['James Porter'], emails: ['james@example.co.uk'], handles: [], crmIds: [] };
    await customers.saveCustomer(marta, NOW);
    await customers.saveCustomer(other, NOW);
    await customers.upsertTouchpoints([tp(1), tp(2, { summary: 'Marta Ruiz llama otra vez' })], NOW);
    const post = makeMention({ author: { name: 'marta', handle: 'marta_rz' }, text: 'Tercera cita sin técnico' });
    await store.insertMentions([post]);
    await customers.setMentionLinks([{ mentionId: post.id, customerId: marta.id, moment: 'LZMOT', priority: 90 }]);
    const linkId = await customers.recordLink({ customerId: marta.id, identity: handleRef('reddit', 'marta_rz'), alreadyOwned: false, linkedBy: 'ana', linkedAt: NOW, mentions: [{ mentionId: post.id, priority: 50 }] });
    await customers.recordLink({ customerId: other.id, identity: emailRef('james.porter@example.co.uk'), previousCustomerId: marta.id, alreadyOwned: false, linkedBy: 'ana', linkedAt: NOW, mentions: [] });
    await customers.saveJourneyMove({ customerId: marta.id, touchpointId: 'tp-1', journeyId: 'j-x', by: 'ana', at: NOW });
    await customers.replaceJourneySummaries(marta.id, [{ id: 'j-x', customerId: marta.id, type: 'installation', startedAt: NOW, endedAt: NOW, touchpoints: 2, channels: 1, resolved: false, effort: 50 }], NOW);

    expect(await customers.forgetCustomer(marta.id)).toEqual({ customers: 1, identities: 4, touchpoints: 2, links: 1 });
    expect(linkId).toBeGreaterThan(0);
    const traces = ['cus-marta', 'marta@example.com', 'm.ruiz@example.es', '90377', 'Marta Ruiz', 'llama otra vez'];
    const tables = new Set((await store.sql.db.introspection.getTables()).map((t) => t.name));
    expect(tables).toContain('identity_link_mentions');
    for (const table of tables) {
      const rows = await store.sql.db.selectFrom(table as 'mentions').selectAll().execute();
      const text = JSON.stringify(rows);
      for (const trace of traces) expect(text.includes(trace), `${trace} in ${table}`).toBe(false);
    }
    expect(await store.getMention(post.id)).toEqual({ ...post, moment: 'LZMOT', priority: 90 });
    expect(await customers.getCustomer(other.id)).toEqual(other);
  });
}
