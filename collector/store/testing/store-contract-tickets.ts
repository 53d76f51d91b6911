// Contract, tickets: a mention's ticket is claimed once per database (any store handle, concurrently too),
// one attempt at a time holds it, a lease that ran out is taken back marked ambiguous, the created ticket and
// its status reach the mention's document with a new change seq; and the recovery clocks' mention range.
import { expect, it } from 'vitest';
import type { MentionTicket } from '../../../shared/mention.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import type { ContractContext } from './store-contract.ts';

const T = (minutes: number) => new Date(Date.parse('2026-11-24T10:00:00.000Z') + minutes * 60_000).toISOString();
const ask = (mentionId: string, by = 'ana') => ({ mentionId, helpdesk: 'zd', vendor: 'zendesk' as const, customerId: 'cus_1', by, now: T(0) });
const ticket = (status: MentionTicket['status'], at: string): MentionTicket => ({ helpdesk: 'zd', vendor: 'zendesk', id: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436', status, createdAt: T(1), updatedAt: at });

export function ticketContract(ctx: ContractContext): void {
  it('claims a mention ticket once, whichever store handle asks, and concurrently too', async () => {
    const { store } = ctx;
    const first = await store.tickets.request(ask('m1'));
    expect(first).toMatchObject({ claimed: true, record: { mentionId: 'm1', state: 'queued', attempts: 0, nextAttemptAt: T(0), customerId: 'cus_1', requestedBy: 'ana' } });
    const other = await ctx.harness.open();
    expect(await other.tickets.request(ask('m1', 'ben'))).toMatchObject({ claimed: false, record: { requestedBy: 'ana' } });
    const askers = ctx.harness.concurrentConnections ? await Promise.all([0, 1, 2].map(() => ctx.harness.open())) : [store, other];
    const results = await Promise.all(askers.flatMap((s) => [s.tickets.request(ask('m2')), s.tickets.request(ask('m2'))]));
    expect(results.filter((r) => r.claimed)).toHaveLength(1);
  });

  it('lets one attempt hold a due ticket, and takes back a lease that ran out as ambiguous', async () => {
    const { store } = ctx;
    await store.tickets.request(ask('m1'));
    expect(await store.tickets.due(T(0), 10)).toEqual(['m1']);
    const other = await ctx.harness.open();
    expect(await store.tickets.lease('m1', T(0), 60_000)).toMatchObject({ state: 'sending', attempts: 1, ambiguous: false, leaseUntil: T(1) });
    expect(await other.tickets.lease('m1', T(0.5), 60_000)).toBeUndefined();
    expect(await store.tickets.due(T(0.5), 10)).toEqual([]);
    // The first process died mid-request: after its lease another takes over, warned to look before sending.
    expect(await other.tickets.lease('m1', T(1), 60_000)).toMatchObject({ state: 'sending', attempts: 2, ambiguous: true });
    await other.tickets.markRetry('m1', { error: 'zendesk: 429 rate limited', nextAttemptAt: T(5), ambiguous: false }, T(1));
    expect(await store.tickets.due(T(4), 10)).toEqual([]);
    expect(await store.tickets.get('m1')).toMatchObject({ state: 'queued', nextAttemptAt: T(5), lastError: 'zendesk: 429 rate limited', ambiguous: false });
    expect(await store.tickets.due(T(5), 10)).toEqual(['m1']);
  });

  it('queues a failed ticket again when asked again, never a second record', async () => {
    const { store } = ctx;
    await store.tickets.request(ask('m1'));
    await store.tickets.lease('m1', T(0), 60_000);
    await store.tickets.markFailed('m1', 'zendesk: 401 unauthorized', T(0));
    expect(await store.tickets.get('m1')).toMatchObject({ state: 'failed', lastError: 'zendesk: 401 unauthorized' });
    expect(await store.tickets.due(T(10), 10)).toEqual([]);
    expect(await store.tickets.request({ ...ask('m1'), now: T(10) })).toMatchObject({ claimed: false, record: { state: 'queued', nextAttemptAt: T(10), attempts: 1 } });
  });

  it('writes the created ticket and each newer status into the mention, with a new change seq', async () => {
    const { store } = ctx;
    const mention = makeMention();
    await store.insertMentions([mention]);
    await store.tickets.request(ask(mention.id));
    await store.tickets.lease(mention.id, T(0), 60_000);
    const before = await store.latestSeq();
    const created = await store.tickets.markCreated(mention.id, ticket('open', T(1)), 'new', T(1));
    expect(created?.ticket).toEqual(ticket('open', T(1)));
    expect(await store.latestSeq()).toBe(before + 1);
    const feed = await store.listMentions({}, { mode: 'changes', afterSeq: before }, 10);
    expect(feed.items.map((m) => m.ticket?.id)).toEqual(['35436']);
    expect(await store.tickets.byTicket('zd', '35436')).toMatchObject({ mentionId: mention.id, state: 'created', vendorStatus: 'new', ticket: ticket('open', T(1)) });
    // A late (older) notification changes nothing; a newer one does.
    expect(await store.tickets.setStatus(mention.id, { status: 'solved', vendorStatus: 'solved', at: T(0.5) })).toBeUndefined();
    expect((await store.tickets.setStatus(mention.id, { status: 'solved', vendorStatus: 'solved', at: T(30) }))?.ticket).toMatchObject({ status: 'solved', updatedAt: T(30) });
    expect(await store.tickets.setStatus(mention.id, { status: 'solved', vendorStatus: 'solved', at: T(31) })).toBeUndefined();
    expect((await store.getMention(mention.id))?.ticket?.status).toBe('solved');
    expect(await store.latestSeq()).toBe(before + 2);
    // A retry that lost the race to a created ticket never turns it back into a queued one.
    await store.tickets.markRetry(mention.id, { error: 'late', nextAttemptAt: T(40), ambiguous: false }, T(32));
    expect((await store.tickets.get(mention.id))?.state).toBe('created');
  });

  it('lists open tickets for polling, least recently polled first, and sums the queue per helpdesk', async () => {
    const { store } = ctx;
    const [a, b, c] = [makeMention(), makeMention(), makeMention()];
    await store.insertMentions([a, b, c]);
    for (const m of [a, b, c]) {
      await store.tickets.request(ask(m.id));
      await store.tickets.lease(m.id, T(0), 60_000);
    }
    await store.tickets.markCreated(a.id, { ...ticket('open', T(1)), id: '1' }, 'open', T(1));
    await store.tickets.markCreated(b.id, { ...ticket('solved', T(1)), id: '2' }, 'solved', T(1));
    await store.tickets.markRetry(c.id, { error: 'zendesk: timed out after 10 s', nextAttemptAt: T(3), ambiguous: true }, T(1));
    expect((await store.tickets.openTickets('zd', T(2), 10)).map((r) => r.mentionId)).toEqual([a.id]);
    await store.tickets.markPolled([a.id], T(2));
    expect(await store.tickets.openTickets('zd', T(2), 10)).toEqual([]);
    expect(await store.tickets.summary()).toEqual([
      { helpdesk: 'zd', vendor: 'zendesk', state: 'created', count: 2 },
      { helpdesk: 'zd', vendor: 'zendesk', state: 'queued', count: 1, nextAttemptAt: T(3), lastError: 'zendesk: timed out after 10 s' },
    ]);
  });

  it('reads known customers’ mentions in a time range, oldest first', async () => {
    const { store } = ctx;
    const linked = [3, 1, 2].map((d) => makeMention({ publishedAt: `2026-11-0${d}T10:00:00.000Z`, customerId: 'cus_1' }));
    await store.insertMentions([...linked, makeMention({ publishedAt: '2026-11-02T11:00:00.000Z' })]);
    const found = await store.linkedMentions({ from: '2026-11-01T12:00:00.000Z', to: '2026-11-04T00:00:00.000Z' }, 10);
    expect(found.map((m) => m.publishedAt)).toEqual(['2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z']);
  });
  it('writes a recovery clock onto its mention once per change, with a new change seq', async () => {
    const { store } = ctx;
    const mention = makeMention({ customerId: 'cus_1' });
    await store.insertMentions([mention]);
    const running = { brand: 'Acme', state: 'running' as const, startedAt: T(0), deadline: T(48 * 60) };
    const before = await store.latestSeq();
    expect(await store.setMentionRecovery(mention.id, running)).toBe(true);
    expect(await store.setMentionRecovery(mention.id, { ...running })).toBe(false);
    expect(await store.latestSeq()).toBe(before + 1);
    const other = await ctx.harness.open();
    const recovered = { ...running, state: 'recovered' as const, endedAt: T(60), endMentionId: 'm9', hoursToRecover: 1 };
    expect(await other.setMentionRecovery(mention.id, recovered)).toBe(true);
    const feed = await store.listMentions({}, { mode: 'changes', afterSeq: before + 1 }, 10);
    expect(feed.items.map((m) => m.recovery)).toEqual([recovered]);
    expect(await store.setMentionRecovery(mention.id, undefined)).toBe(true);
    expect((await store.getMention(mention.id))?.recovery).toBeUndefined();
    expect(await store.setMentionRecovery('nobody', running)).toBe(false);
  });
}
