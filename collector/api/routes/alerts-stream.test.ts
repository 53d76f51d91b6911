import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertSettingsSchema } from '../../alerts/alert-settings.ts';
import { startReceiver, type Receiver } from '../../alerts/testing/webhook-receiver.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openSqliteStore } from '../../store/sqlite-store.ts';
import type { VigiaStore } from '../../store/store.ts';
import { createApi, type Api } from '../server.ts';

let dir: string;
let store: VigiaStore;
let api: Api;
let receiver: Receiver;
let auth: { authorization: string };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-alerts-'));
  store = openSqliteStore(join(dir, 'vigia.db'));
  receiver = await startReceiver();
  api = createApi({ store, pollMs: 50, pingMs: 1000, alerts: alertSettingsSchema.parse({ minPriority: 75, webhooks: [{ url: receiver.url }] }) });
  auth = { authorization: `Bearer ${await store.createToken('test')}` };
});
afterEach(async () => {
  await api.close();
  await store.close();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

const urgent = () => {
  const now = new Date().toISOString();
  return makeMention({ priority: 91, publishedAt: now, collectedAt: now, triage: { status: 'new', updatedAt: now }, author: { handle: 'marta_rz' } });
};

describe('alerts in the API', () => {
  it('sends an alert frame on the stream, lists it, and posts it to the webhook once', async () => {
    const url = await api.listen(0, '127.0.0.1');
    const controller = new AbortController();
    const response = await fetch(`${url}/api/stream`, { headers: auth, signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes(': connected')) text += (await reader.read()).value ?? '';
    const mention = urgent();
    await store.insertMentions([mention]);
    api.changes.poke();
    while (!text.includes('event: alert')) text += (await reader.read()).value ?? '';
    while (!text.includes(`"id":"mention:${mention.id}"`) || !text.endsWith('\n\n')) text += (await reader.read()).value ?? '';
    controller.abort();
    const alertFrame = text.split('\n\n').find((f) => f.startsWith('event: alert'))!;
    expect(alertFrame).not.toMatch(/^id:/m);
    expect(JSON.parse(alertFrame.split('data: ')[1]!)).toMatchObject({ id: `mention:${mention.id}`, kind: 'mention', priority: 91, mention: { author: { handle: 'marta_rz' } } });

    const listed = await api.app.inject({ url: '/api/alerts', headers: auth });
    expect(listed.json().items.map((a: { id: string }) => a.id)).toEqual([`mention:${mention.id}`]);
    expect((await api.app.inject({ url: '/api/alerts' })).statusCode).toBe(401);

    // A triage edit brings the mention back through the change feed: it must not be posted again.
    while (receiver.bodies.length < 1) await new Promise((resolve) => setImmediate(resolve));
    await store.updateTriage(mention.id, { assignee: 'ana', updatedAt: new Date().toISOString() });
    const next = urgent();
    await store.insertMentions([next]);
    api.changes.poke();
    while (receiver.bodies.length < 2) await new Promise((resolve) => setImmediate(resolve));
    expect(receiver.bodies.map((b) => (b as { text: string }).text)).toEqual([
      expect.stringContaining('Negative reddit post by @marta_rz (priority 91)'),
      expect.stringContaining(next.url!),
    ]);
  });

  it('does not post an alert again when a restarted API raises it again', async () => {
    const settings = alertSettingsSchema.parse({ minPriority: 75, webhooks: [{ url: receiver.url }] });
    const listed = async (on: Api) => (await on.app.inject({ url: '/api/alerts', headers: auth })).json().items.map((a: { id: string }) => a.id);
    const mention = urgent();
    await store.insertMentions([mention]);
    api.changes.poke();
    while (receiver.bodies.length < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    await api.close();

    api = createApi({ store, pollMs: 50, pingMs: 1000, alerts: settings });
    // A triage edit brings the still fresh, still untriaged mention back: the new process raises it again.
    for (let edit = 0; !(await listed(api)).includes(`mention:${mention.id}`); edit++) {
      await store.updateTriage(mention.id, { assignee: `agent-${edit}`, updatedAt: new Date().toISOString() });
      api.changes.poke();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const next = urgent();
    await store.insertMentions([next]);
    api.changes.poke();
    while (receiver.bodies.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(receiver.bodies.map((b) => (b as { text: string }).text)).toEqual([expect.stringContaining(mention.url!), expect.stringContaining(next.url!)]);
  });

  it('raises nothing for a mention below the threshold', async () => {
    const low = { ...urgent(), priority: 60 };
    const high = urgent();
    await store.insertMentions([low, high]);
    api.changes.poke();
    const listed = async () => (await api.app.inject({ url: '/api/alerts', headers: auth })).json().items.map((a: { id: string }) => a.id);
    while (!(await listed()).length) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await listed()).toEqual([`mention:${high.id}`]);
  });
});
