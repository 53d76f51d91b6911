import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyAnswerSchema, meAnswerSchema, usersAnswerSchema } from '../../../shared/api/team.ts';
import { mentionAnswerSchema } from '../../../shared/api/mentions.ts';
import type { Mention } from '../../../shared/mention.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { importDemoExports } from '../../customers/testing/customer-fixtures.ts';
import type { CustomerLookupResult } from '../../../shared/api/journey-view.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let fx: ApiFixture;
let ana: { authorization: string };
let bea: { authorization: string };
const post = makeMention({ text: 'El chat… 40 minutos esperando', lang: 'es', sentiment: { score: 0.2, label: 'positive', confidence: 0.55 } });

beforeEach(async () => {
  fx = await openApiFixture({}, 'ci');
  ana = { authorization: `Bearer ${(await fx.store.team.addUser({ name: 'Ana', email: 'ana@example.com' }, new Date().toISOString())).token}` };
  bea = { authorization: `Bearer ${(await fx.store.team.addUser({ name: 'Bea' }, new Date().toISOString())).token}` };
  await fx.store.insertMentions([post]);
});
afterEach(() => fx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = async (method: Method, url: string, headers: { authorization: string }, payload?: unknown) => {
  const res = await fx.api.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const mentionOf = (body: unknown): Mention => mentionAnswerSchema.parse(body);

describe('team routes', () => {
  it('list the team and say whom a token stands for', async () => {
    const users = usersAnswerSchema.parse((await call('GET', '/api/users', ana)).body);
    expect(users.users.map((u) => u.name)).toEqual(['Ana', 'Bea']);
    expect(meAnswerSchema.parse((await call('GET', '/api/users/me', ana)).body)).toMatchObject({ name: 'Ana', email: 'ana@example.com' });
    expect((await call('GET', '/api/users/me', fx.auth)).body).toEqual({ name: 'ci' });
    expect((await call('GET', '/api/users', { authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('add, edit and delete notes under the caller’s name; someone else’s note is 403, a stale edit 409 with the mention', async () => {
    const url = `/api/mentions/${post.id}/notes`;
    const added = await call('POST', url, ana, { id: 'offline-note-1', text: 'Cliente de empresa, llamar', createdAt: '2026-12-01T09:00:00.000Z' });
    expect(added.status).toBe(200);
    expect(mentionOf(added.body).notes).toEqual([{ id: 'offline-note-1', author: 'Ana', text: 'Cliente de empresa, llamar', createdAt: '2026-12-01T09:00:00.000Z' }]);
    const forbidden = await call('PATCH', `${url}/offline-note-1`, bea, { text: 'mine' });
    expect(forbidden).toMatchObject({ status: 403, body: { error: expect.stringMatching(/note offline-note-1 is Ana's: only its author may edit it/) } });
    expect((await call('PATCH', `${url}/offline-note-1`, ana, { text: 'Llamado', updatedAt: '2026-12-01T09:30:00.000Z' })).status).toBe(200);
    const stale = await call('PATCH', `${url}/offline-note-1`, ana, { text: 'older', updatedAt: '2026-12-01T09:10:00.000Z' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/after this edit/);
    expect(mentionOf(stale.body.mention).notes?.[0]?.text).toBe('Llamado');
    expect((await call('POST', url, ana, { text: '   ' })).status).toBe(400);
    expect((await call('POST', url, ana, { text: 'x', extra: 1 })).status).toBe(400);
    expect((await call('POST', '/api/mentions/nope/notes', ana, { text: 'x' })).status).toBe(404);
    // A time in the collector's future is taken as now: a fast clock must not win every later edit.
    const future = await call('POST', url, bea, { text: 'from the future', createdAt: '2999-01-01T00:00:00.000Z' });
    expect(mentionOf(future.body).notes?.[1]?.createdAt ?? '').toMatch(/^20\d\d-/);
    expect((await call('DELETE', `${url}/offline-note-1`, ana)).status).toBe(200);
    expect((await call('DELETE', `${url}/offline-note-1`, ana)).status).toBe(404);
  });

  it('replace and change tags, naming a bad tag, and refuse a stale set', async () => {
    const url = `/api/mentions/${post.id}/tags`;
    expect(mentionOf((await call('PUT', url, ana, { tags: ['Facturación', ' VIP '], updatedAt: '2026-12-01T10:00:00.000Z' })).body).tags).toEqual(['facturación', 'vip']);
    const bad = await call('PUT', url, ana, { tags: ['ok', '<b>'] });
    expect(bad).toMatchObject({ status: 400, body: { error: expect.stringContaining('tags.1: a tag is letters') } });
    expect((await call('PUT', url, bea, { tags: ['other'], updatedAt: '2026-12-01T09:00:00.000Z' })).status).toBe(409);
    expect(mentionOf((await call('PATCH', url, bea, { add: ['chat'], remove: ['vip'] })).body).tags).toEqual(['facturación', 'chat']);
    expect((await call('PATCH', url, bea, {})).status).toBe(400);
  });

  it('correct the sentiment (who, when, what it was), re-judge priority, and show every change in the history', async () => {
    const res = await call('PATCH', `/api/mentions/${post.id}/sentiment`, ana, { label: 'negative', note: 'espera larga' });
    expect(res.status).toBe(200);
    const corrected = mentionOf(res.body);
    expect(corrected.sentiment).toMatchObject({ label: 'negative', confidence: 1 });
    expect(corrected.sentimentCorrection).toMatchObject({ by: 'Ana', from: 'positive', note: 'espera larga' });
    expect(corrected.priority).toBeGreaterThan(post.priority);
    expect((await call('PATCH', `/api/mentions/${post.id}/sentiment`, ana, { label: 'angry' })).status).toBe(400);
    expect((await call('PATCH', `/api/mentions/${post.id}/sentiment`, bea, { label: 'neutral', updatedAt: '2020-01-01T00:00:00.000Z' })).status).toBe(409);
    expect((await call('PATCH', `/api/mentions/${post.id}/triage`, bea, { assignee: 'Ana', updatedAt: new Date().toISOString() })).status).toBe(200);
    await call('POST', `/api/mentions/${post.id}/notes`, bea, { text: 'Te lo paso' });
    const history = historyAnswerSchema.parse((await call('GET', `/api/mentions/${post.id}/history`, ana)).body);
    expect(history.items.map((h) => [h.who, h.action, h.to])).toEqual([
      ['Ana', 'sentiment', 'negative'],
      ['Bea', 'status', 'assigned'],
      ['Bea', 'assignee', 'Ana'],
      ['Bea', 'note-added', 'Te lo paso'],
    ]);
    expect((await call('GET', '/api/mentions/nope/history', ana)).status).toBe(404);
  });

  it('teaches the analysis: after a correction, /api/analyze reads the same misreading the person’s way', async () => {
    const wrong = makeMention({ text: 'Switched to #Lumora… No regrets', lang: 'en', sentiment: { score: -0.3, label: 'negative', confidence: 0.6 } });
    await fx.store.insertMentions([wrong]);
    const analyze = async () => (await call('POST', '/api/analyze', ana, { texts: [{ text: 'Just switched to Lumora, no regrets at all', lang: 'en' }] })).body as { results: { sentiment: { label?: string }; why: string[] }[] };
    expect((await analyze()).results[0]?.sentiment.label).not.toBe('positive');
    expect((await call('PATCH', `/api/mentions/${wrong.id}/sentiment`, ana, { label: 'positive' })).status).toBe(200);
    const after = (await analyze()).results[0]!;
    expect(after.sentiment.label).toBe('positive');
    expect(after.why.at(-1)).toMatch(/^sentiment: positive instead of \w+: /);
  });

  it('shows customer links and unlinks in the history, with who and when', async () => {
    await importDemoExports(fx.store);
    const namesake = makeMention({ platform: 'mastodon', author: { name: 'James Porter', handle: 'jp@mastodon.social' } });
    await fx.store.insertMentions([namesake]);
    const { customer } = (await call('GET', '/api/customers/lookup?email=james.porter@example.co.uk', ana)).body as unknown as CustomerLookupResult;
    const url = `/api/customers/${customer!.id}/links`;
    expect((await call('POST', url, ana, { platform: 'mastodon', handle: 'jp@mastodon.social' })).status).toBe(200);
    expect((await call('DELETE', url, bea, { platform: 'mastodon', handle: 'jp@mastodon.social' })).status).toBe(200);
    const history = historyAnswerSchema.parse((await call('GET', `/api/mentions/${namesake.id}/history`, ana)).body);
    expect(history.items.map((h) => [h.who, h.action, h.to ?? h.from])).toEqual([
      ['Ana', 'customer-linked', customer!.id],
      ['Bea', 'customer-unlinked', customer!.id],
    ]);
    expect(history.items[0]?.detail).toMatch(/jp@mastodon\.social/);
  });
});
