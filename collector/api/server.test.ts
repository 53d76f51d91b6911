import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '../../shared/extension-identity.ts';
import { makeMention } from '../testing/mention-factory.ts';
import type { VigiaStore } from '../store/store.ts';
import type { Api } from './server.ts';
import { openApiFixture, type ApiFixture } from './testing/api-fixture.ts';

let fx: ApiFixture;
let store: VigiaStore;
let api: Api;
let auth: { authorization: string };

beforeEach(async () => {
  fx = await openApiFixture();
  ({ store, api, auth } = fx);
});
afterEach(() => fx.close());

describe('auth and CORS', () => {
  it('answers health without a token, everything else 401 without a valid one', async () => {
    expect((await api.app.inject({ url: '/api/health' })).json()).toEqual({ ok: true, version: expect.any(String) });
    const none = await api.app.inject({ url: '/api/mentions' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatch(/missing bearer token/);
    expect((await api.app.inject({ url: '/api/mentions', headers: { authorization: 'Bearer nope' } })).statusCode).toBe(401);
    expect((await api.app.inject({ url: '/api/mentions', headers: auth })).statusCode).toBe(200);
  });

  it('admits only the extension origin', async () => {
    const ok = await api.app.inject({ method: 'OPTIONS', url: '/api/mentions', headers: { origin: EXTENSION_ORIGIN, 'access-control-request-method': 'GET' } });
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
    expect(ok.headers['access-control-allow-headers']).toContain('authorization');
    const evil = await api.app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('mentions', () => {
  it('lists with filters and cursor paging, and serves one mention', async () => {
    const mentions = [makeMention({ platform: 'mastodon' }), makeMention(), makeMention({ sentiment: { unscored: 'no sentiment signal' } })];
    await store.insertMentions(mentions);
    const page1 = (await api.app.inject({ url: '/api/mentions?limit=2', headers: auth })).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await api.app.inject({ url: `/api/mentions?limit=2&since=${page1.next}`, headers: auth })).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.next).toBeNull();
    expect(new Set([...page1.items, ...page2.items].map((m: { id: string }) => m.id)).size).toBe(3);
    expect((await api.app.inject({ url: '/api/mentions?platform=mastodon', headers: auth })).json().items).toHaveLength(1);
    expect((await api.app.inject({ url: '/api/mentions?sentiment=unscored', headers: auth })).json().items).toHaveLength(1);
    const feed = (await api.app.inject({ url: '/api/mentions?since=0&limit=500', headers: auth })).json();
    expect(feed.items.map((m: { id: string }) => m.id)).toEqual(mentions.map((m) => m.id));
    expect(feed.cursor).toBe('3');
    expect((await api.app.inject({ url: `/api/mentions/${mentions[0]!.id}`, headers: auth })).json().id).toBe(mentions[0]!.id);
    expect((await api.app.inject({ url: '/api/mentions/nope', headers: auth })).statusCode).toBe(404);
  });

  it('answers 400 naming the bad parameter', async () => {
    const res = await api.app.inject({ url: '/api/mentions?limit=9999&sentiment=angry', headers: auth });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path).sort()).toEqual(['limit', 'sentiment']);
    expect((await api.app.inject({ url: '/api/mentions?since=yesterday', headers: auth })).json().error).toMatch(/since/);
  });
});

describe('triage', () => {
  it('updates status and assignee, and refuses bad bodies', async () => {
    const m = makeMention();
    await store.insertMentions([m]);
    const url = `/api/mentions/${m.id}/triage`;
    const assigned = await api.app.inject({ method: 'PATCH', url, headers: auth, payload: { assignee: 'Ana' } });
    expect(assigned.json().triage).toMatchObject({ status: 'assigned', assignee: 'Ana' });
    const responded = await api.app.inject({ method: 'PATCH', url, headers: auth, payload: { status: 'responded' } });
    expect(responded.json().triage).toMatchObject({ status: 'responded', assignee: 'Ana' });
    for (const payload of [{}, { status: 'done' }, { status: 'resolved', extra: 1 }, { status: 'resolved', updatedAt: 'today' }]) {
      const bad = await api.app.inject({ method: 'PATCH', url, headers: auth, payload });
      expect(bad.statusCode, JSON.stringify(payload)).toBe(400);
      expect(bad.json().error).toMatch(/invalid request/);
    }
    const notJson = await api.app.inject({ method: 'PATCH', url, headers: { ...auth, 'content-type': 'application/json' }, payload: '{oops' });
    expect(notJson.statusCode).toBe(400);
    expect((await api.app.inject({ method: 'PATCH', url: '/api/mentions/nope/triage', headers: auth, payload: { status: 'resolved' } })).statusCode).toBe(404);
  });
});

describe('stream', () => {
  it('pushes new and changed mentions, and replays from Last-Event-ID', async () => {
    const first = makeMention();
    await store.insertMentions([first]);
    const url = await api.listen(0, '127.0.0.1');
    const controller = new AbortController();
    const response = await fetch(`${url}/api/stream`, { headers: { ...auth, 'last-event-id': '0' }, signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const second = makeMention();
    await store.insertMentions([second]);
    api.changes.poke();
    while (!text.includes(second.id)) text += (await reader.read()).value ?? '';
    controller.abort();
    expect(text).toContain('event: mention\nid: 1\n');
    expect(text.indexOf(first.id)).toBeLessThan(text.indexOf(second.id));
  });
});
