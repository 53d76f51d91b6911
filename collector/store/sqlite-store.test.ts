import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { VigiaStore } from './store.ts';

let dir: string;
let store: VigiaStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-store-'));
  store = openSqliteStore(join(dir, 'vigia.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('mentions', () => {
  it('stores each id once and keeps the first version', async () => {
    const first = makeMention({ text: 'first version' });
    expect(await store.insertMentions([first])).toHaveLength(1);
    expect(await store.insertMentions([{ ...first, text: 'changed later' }])).toHaveLength(0);
    expect((await store.getMention(first.id))?.text).toBe('first version');
    expect(await store.countMentions()).toBe(1);
    expect(await store.knownMentionIds([first.id, 'other'])).toEqual(new Set([first.id]));
  });

  it('pages newest first without gaps or repeats, with filters', async () => {
    const all = Array.from({ length: 7 }, (_, i) => makeMention({ publishedAt: `2026-11-2${i}T10:00:00.000Z`, platform: i % 2 ? 'mastodon' : 'reddit' }));
    await store.insertMentions(all);
    const seen: string[] = [];
    let position: Parameters<VigiaStore['listMentions']>[1] | undefined = { mode: 'newest' };
    while (position) {
      const page: Awaited<ReturnType<VigiaStore['listMentions']>> = await store.listMentions({}, position, 3);
      seen.push(...page.items.map((m) => m.publishedAt!));
      position = page.next;
    }
    expect(seen).toEqual(all.map((m) => m.publishedAt).reverse());
    const mastodon = await store.listMentions({ platform: 'mastodon' }, { mode: 'newest' }, 50);
    expect(mastodon.items).toHaveLength(3);
    const since = await store.listMentions({}, { mode: 'newest', publishedSince: '2026-11-25T00:00:00.000Z' }, 50);
    expect(since.items).toHaveLength(2);
  });

  it('searches case- and accent-insensitively', async () => {
    await store.insertMentions([makeMention({ text: 'El técnico de LUMORA no vino' }), makeMention({ text: 'unrelated' })]);
    expect((await store.listMentions({ q: 'tecnico de lumora' }, { mode: 'newest' }, 10)).items).toHaveLength(1);
    expect((await store.listMentions({ q: '100%_' }, { mode: 'newest' }, 10)).items).toHaveLength(0);
  });

  it('puts triage changes on the change feed and applies the last writer per field', async () => {
    const [a, b] = [makeMention(), makeMention()];
    await store.insertMentions([a, b]);
    const start = await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 10);
    expect(start.items.map((m) => m.id)).toEqual([a.id, b.id]);
    const updated = await store.updateTriage(a.id, { status: 'responded', assignee: 'ana', updatedAt: '2026-11-24T10:00:00.000Z' });
    expect(updated?.triage).toEqual({ status: 'responded', assignee: 'ana', updatedAt: '2026-11-24T10:00:00.000Z' });
    const after = await store.listMentions({}, { mode: 'changes', afterSeq: start.lastSeq }, 10);
    expect(after.items.map((m) => m.id)).toEqual([a.id]);
    // An older edit of the status loses; a newer edit of the assignee wins.
    await store.updateTriage(a.id, { status: 'ignored', updatedAt: '2026-11-24T09:00:00.000Z' });
    const final = await store.updateTriage(a.id, { assignee: null, updatedAt: '2026-11-24T11:00:00.000Z' });
    expect(final?.triage).toEqual({ status: 'responded', updatedAt: '2026-11-24T11:00:00.000Z' });
    expect(await store.updateTriage('missing', { status: 'resolved', updatedAt: '2026-11-24T11:00:00.000Z' })).toBeUndefined();
  });
});

describe('sources and tokens', () => {
  it('counts consecutive errors and keeps validators from the last success', async () => {
    const base = { id: 's', kind: 'rss', url: 'http://127.0.0.1/feed', itemsSeen: 3, itemsNew: 1 };
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:00:00Z', ok: true, etag: '"v1"' });
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:05:00Z', ok: false, error: 'fetcher: timed out', itemsSeen: 0, itemsNew: 0 });
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:10:00Z', ok: false, error: 'parser: bad xml', itemsSeen: 0, itemsNew: 0 });
    expect(await store.sourceState('s')).toMatchObject({ errorCount: 2, lastError: 'parser: bad xml', etag: '"v1"', lastSuccessAt: '2026-11-24T10:00:00Z' });
    await store.recordSourceRun({ ...base, ranAt: '2026-11-24T10:15:00Z', ok: true, etag: '"v2"' });
    expect(await store.sourceState('s')).toMatchObject({ errorCount: 0, lastError: undefined, etag: '"v2"' });
  });

  it('stores tokens hashed and verifies them', async () => {
    const token = await store.createToken('ana');
    expect(token).toMatch(/^vigia_[\w-]{43}$/);
    expect(await store.verifyToken(token)).toBe('ana');
    expect(await store.verifyToken(`${token}x`)).toBeUndefined();
  });
});
