// The team queue against the real collector API (in process, the store a temporary SQLite file): offline
// edits show at once as pending, go in order when it answers, and refusals stay visible with the reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openApiFixture, type ApiFixture } from '../../collector/api/testing/api-fixture.ts';
import { makeMention } from '../../collector/testing/mention-factory.ts';
import { db } from '../db/vigia-db.ts';
import { teamViewOf } from '../features/team/team-overlay.ts';
import { pullChangeFeed } from './change-feed.ts';
import { createCollectorClient } from './collector-client.ts';
import { enqueueTeamEdit, flushTeamQueue, refreshTeam } from './team-queue.ts';

let fx: ApiFixture;
let offline = false;
let token = '';
const URL_BASE = 'http://127.0.0.1:8787';

/** fetch → the collector's own routes (fastify inject), or a network error while "offline". */
const fetchImpl: typeof fetch = async (input, init) => {
  if (offline) throw new TypeError('Failed to fetch');
  const url = new URL(String(input));
  const res = await fx.api.app.inject({
    method: (init?.method ?? 'GET') as 'GET',
    url: url.pathname + url.search,
    headers: Object.fromEntries(new Headers(init?.headers).entries()),
    ...(init?.body ? { payload: String(init.body) } : {}),
  });
  return new Response(res.body, { status: res.statusCode, headers: { 'Content-Type': 'application/json' } });
};
const client = () => createCollectorClient({ collectorUrl: URL_BASE, token }, fetchImpl);
const post = makeMention({ text: 'El chat… 40 minutos esperando', lang: 'es', sentiment: { score: 0.2, label: 'positive', confidence: 0.5 } });

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  offline = false;
  fx = await openApiFixture({}, 'ci');
  token = (await fx.store.team.addUser({ name: 'Ana' }, new Date().toISOString())).token;
  await fx.store.team.addUser({ name: 'Bea' }, new Date().toISOString());
  await fx.store.insertMentions([post]);
  await pullChangeFeed(client(), URL_BASE);
  await refreshTeam(client());
});
afterEach(() => fx.close());

const view = async () => teamViewOf((await db.mentions.get(post.id))!.mention, await db.teamQueue.where('mentionId').equals(post.id).toArray());

describe('team queue', () => {
  it('keeps the team for the pickers, knowing which one is me', async () => {
    expect(await db.teamMembers.toArray()).toEqual([
      { name: 'Ana', id: expect.stringMatching(/^u_/), me: 1 },
      { name: 'Bea', id: expect.stringMatching(/^u_/), me: 0 },
    ]);
  });

  it('shows offline notes, tags and a correction at once as pending, then sends them in order under my name', async () => {
    offline = true;
    await enqueueTeamEdit(post.id, { kind: 'note-add', noteId: 'n_offline01', text: 'Cliente de empresa' }, new Date('2026-12-01T10:00:00Z'));
    await enqueueTeamEdit(post.id, { kind: 'note-edit', noteId: 'n_offline01', text: 'Cliente de empresa, llamar' }, new Date('2026-12-01T10:01:00Z'));
    await enqueueTeamEdit(post.id, { kind: 'tags', add: ['chat', 'espera'], remove: [] }, new Date('2026-12-01T10:02:00Z'));
    await enqueueTeamEdit(post.id, { kind: 'sentiment', label: 'negative' }, new Date('2026-12-01T10:03:00Z'));
    expect(await view()).toMatchObject({
      notes: [{ id: 'n_offline01', author: 'Ana', text: 'Cliente de empresa, llamar', pending: true }],
      tags: ['chat', 'espera'],
      pendingTags: true,
      sentiment: 'negative',
      pendingSentiment: true,
      corrected: { by: 'Ana', from: 'positive' },
    });
    expect(await flushTeamQueue(client())).toMatchObject({ sent: 0, remaining: 4, stoppedBy: expect.stringMatching(/unreachable/) });

    offline = false;
    expect(await flushTeamQueue(client())).toMatchObject({ sent: 4, remaining: 0, refused: [] });
    const stored = await fx.store.getMention(post.id);
    expect(stored).toMatchObject({ notes: [{ author: 'Ana', text: 'Cliente de empresa, llamar', createdAt: '2026-12-01T10:00:00.000Z' }], tags: ['chat', 'espera'], sentiment: { label: 'negative' } });
    expect(await view()).toMatchObject({ pendingTags: false, pendingSentiment: false, notes: [{ pending: false }], sentiment: 'negative' });
    expect((await fx.store.team.history(post.id))?.map((h) => [h.who, h.action])).toEqual([
      ['Ana', 'note-added'], ['Ana', 'note-edited'], ['Ana', 'tags'], ['Ana', 'sentiment'],
    ]);
  });

  it('keeps a refused edit with the collector’s reason (403 for someone else’s note, 409 for a stale correction) and sends the rest', async () => {
    await fx.store.team.addNote(post.id, { id: 'n_beasnote1', text: 'de Bea' }, { by: 'Bea', at: '2026-12-01T09:00:00.000Z' });
    await fx.store.team.correctSentiment(post.id, { label: 'neutral' }, { by: 'Bea', at: '2026-12-01T12:00:00.000Z' });
    await pullChangeFeed(client(), URL_BASE);
    await enqueueTeamEdit(post.id, { kind: 'note-edit', noteId: 'n_beasnote1', text: 'mine now' });
    await enqueueTeamEdit(post.id, { kind: 'sentiment', label: 'negative' }, new Date('2026-12-01T11:00:00Z'));
    await enqueueTeamEdit(post.id, { kind: 'tags', add: ['vip'], remove: [] });
    const report = await flushTeamQueue(client());
    expect(report).toMatchObject({ sent: 1, remaining: 0 });
    expect(report.refused.map((r) => r.error)).toEqual([expect.stringMatching(/^collector: 403 .*only its author may edit it/), expect.stringMatching(/^collector: 409 .*the later correction stays/)]);
    const shown = await view();
    expect(shown.refused.map((r) => r.kind)).toEqual(['note-edit', 'sentiment']);
    expect(shown).toMatchObject({ sentiment: 'neutral', tags: ['vip'], notes: [{ text: 'de Bea' }] });
  });

  it('keeps edits waiting, not refused, when the token is refused (401)', async () => {
    token = 'vigia_wrong';
    await enqueueTeamEdit(post.id, { kind: 'tags', add: ['vip'], remove: [] });
    expect(await flushTeamQueue(client())).toMatchObject({ sent: 0, remaining: 1, stoppedBy: expect.stringMatching(/401/) });
    expect((await view()).refused).toEqual([]);
  });
});
