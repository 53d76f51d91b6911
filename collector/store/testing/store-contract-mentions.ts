// Contract, mentions: insert-once by stable id, newest-first keyset paging with filters, search, the
// change feed, field-wise last-writer-wins triage, tokens kept hashed.
import { expect, it } from 'vitest';
import { makeMention } from '../../testing/mention-factory.ts';
import type { ContractContext } from './store-contract.ts';
import type { MentionPosition } from '../store.ts';

export function mentionContract(ctx: ContractContext): void {
  it('stores each id once and keeps the first version, also within one batch', async () => {
    const { store } = ctx;
    const first = makeMention({ text: 'first version' });
    expect(await store.insertMentions([first, { ...first, text: 'same batch, later' }])).toEqual([first]);
    expect(await store.insertMentions([{ ...first, text: 'changed later' }])).toHaveLength(0);
    expect((await store.getMention(first.id))?.text).toBe('first version');
    expect(await store.getMention(first.id)).toEqual(first);
    expect(await store.countMentions()).toBe(1);
    expect(await store.knownMentionIds([first.id, 'other'])).toEqual(new Set([first.id]));
    expect(await store.insertMentions([])).toEqual([]);
  });

  it('pages newest first without gaps or repeats, with filters and equal dates', async () => {
    const { store } = ctx;
    const all = Array.from({ length: 7 }, (_, i) => makeMention({ publishedAt: `2026-11-2${i}T10:00:00.000Z`, platform: i % 2 ? 'mastodon' : 'reddit' }));
    // Same date: the id breaks the tie, so a page boundary between them loses nothing.
    const twins = ['tie-b', 'tie-a', 'tie-c'].map((id) => makeMention({ id, publishedAt: '2026-11-23T10:00:00.000Z' }));
    await store.insertMentions([...all, ...twins]);
    const seen: string[] = [];
    let position: MentionPosition | undefined = { mode: 'newest' };
    while (position) {
      const page: Awaited<ReturnType<typeof store.listMentions>> = await store.listMentions({}, position, 3);
      seen.push(...page.items.map((m) => m.id));
      position = page.next;
    }
    const expected = [...all, ...twins].sort((a, b) => (b.publishedAt! + b.id).localeCompare(a.publishedAt! + a.id)).map((m) => m.id);
    expect(seen).toEqual(expected);
    expect(seen.filter((id) => id.startsWith('tie-'))).toEqual(['tie-c', 'tie-b', 'tie-a']);
    expect((await store.listMentions({ platform: 'mastodon' }, { mode: 'newest' }, 50)).items).toHaveLength(3);
    const since = await store.listMentions({}, { mode: 'newest', publishedSince: '2026-11-25T00:00:00.000Z' }, 50);
    expect(since.items.map((m) => m.publishedAt)).toEqual(['2026-11-26T10:00:00.000Z', '2026-11-25T10:00:00.000Z']);
  });

  it('filters by sentiment (or unscored), moment, status and author', async () => {
    const { store } = ctx;
    const unscored = makeMention({ sentiment: { unscored: 'no sentiment signal' } });
    const lzmot = makeMention({ moment: 'LZMOT', author: { name: 'Marta', handle: 'marta_rz' } });
    const positive = makeMention({ sentiment: { score: 0.7, label: 'positive', confidence: 0.9 } });
    await store.insertMentions([unscored, lzmot, positive]);
    const ids = async (filter: Parameters<typeof store.listMentions>[0]) => (await store.listMentions(filter, { mode: 'newest' }, 10)).items.map((m) => m.id);
    expect(await ids({ sentiment: 'unscored' })).toEqual([unscored.id]);
    expect(await ids({ sentiment: 'positive' })).toEqual([positive.id]);
    expect(await ids({ moment: 'LZMOT' })).toEqual([lzmot.id]);
    expect(await ids({ author: 'marta_rz', sentiment: 'negative' })).toEqual([lzmot.id]);
    await store.updateTriage(positive.id, { status: 'resolved', updatedAt: '2026-11-24T10:00:00.000Z' });
    expect(await ids({ status: 'resolved' })).toEqual([positive.id]);
  });

  it('searches case- and accent-insensitively, taking % and _ literally', async () => {
    const { store } = ctx;
    await store.insertMentions([makeMention({ text: 'El técnico de LUMORA no vino' }), makeMention({ text: 'unrelated' }), makeMention({ text: 'a 100%_ refund' })]);
    expect((await store.listMentions({ q: 'tecnico de lumora' }, { mode: 'newest' }, 10)).items).toHaveLength(1);
    expect((await store.listMentions({ q: 'Técnico' }, { mode: 'newest' }, 10)).items).toHaveLength(1);
    expect((await store.listMentions({ q: '100%_' }, { mode: 'newest' }, 10)).items).toHaveLength(1);
    expect((await store.listMentions({ q: '1_0' }, { mode: 'newest' }, 10)).items).toHaveLength(0);
    expect((await store.listMentions({ q: 'n%o' }, { mode: 'newest' }, 10)).items).toHaveLength(0);
  });

  it('puts inserts and triage changes on the change feed and applies the last writer per field', async () => {
    const { store } = ctx;
    expect(await store.latestSeq()).toBe(0);
    const [a, b] = [makeMention(), makeMention()];
    await store.insertMentions([a, b]);
    const start = await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
    expect(start.items.map((m) => m.id)).toEqual([a.id, b.id]);
    expect(start.seqs).toEqual([1, 2]);
    expect(start.lastSeq).toBe(2);
    const updated = await store.updateTriage(a.id, { status: 'responded', assignee: 'ana', updatedAt: '2026-11-24T10:00:00.000Z' });
    // The first move away from "new" is the first response, kept through later edits.
    expect(updated?.triage).toEqual({ status: 'responded', assignee: 'ana', updatedAt: '2026-11-24T10:00:00.000Z' });
    expect(updated?.firstResponseAt).toBe('2026-11-24T10:00:00.000Z');
    const after = await store.listMentions({}, { mode: 'changes', afterSeq: start.lastSeq }, 10);
    expect(after.items.map((m) => m.id)).toEqual([a.id]);
    expect(after.seqs).toEqual([3]);
    expect(await store.latestSeq()).toBe(3);
    // An older edit of the status loses (no new seq); a newer edit of the assignee wins.
    await store.updateTriage(a.id, { status: 'ignored', updatedAt: '2026-11-24T09:00:00.000Z' });
    expect(await store.latestSeq()).toBe(3);
    const final = await store.updateTriage(a.id, { assignee: null, updatedAt: '2026-11-24T11:00:00.000Z' });
    expect(final?.triage).toEqual({ status: 'responded', updatedAt: '2026-11-24T11:00:00.000Z' });
    expect(final?.firstResponseAt).toBe('2026-11-24T10:00:00.000Z');
    expect(await store.getMention(a.id)).toEqual(final);
    expect(await store.updateTriage('missing', { status: 'resolved', updatedAt: '2026-11-24T11:00:00.000Z' })).toBeUndefined();
    const paged = await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 1);
    expect(paged).toMatchObject({ lastSeq: 2, next: { mode: 'changes', afterSeq: 2 } });
  });
}
