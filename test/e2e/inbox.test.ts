// The triage inbox end to end: the built extension in Chromium against the real collector. Sorted by
// priority with counts per status, triaged with the keyboard; then the collector is stopped mid-session,
// edits made meanwhile wait in the queue, and once it is back each reaches it exactly once, a colleague's
// later edit of the same field winning.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');

const byPriority = (a: Mention, b: Mention): number =>
  b.priority - a.priority || (b.publishedAt ?? b.collectedAt).localeCompare(a.publishedAt ?? a.collectedAt) || a.id.localeCompare(b.id);

describe('triage inbox', () => {
  let stack: Stack;
  let browser: ExtensionBrowser;
  let inbox: InboxPage;
  const patches: { id: string; body: unknown }[] = [];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack();
    browser = await launchExtension({ lang: 'en-US' });
    // Every PATCH the extension's worker sends to the collector, to prove each edit arrives once.
    browser.context.on('requestfinished', (request: Request) => {
      const match = /\/api\/mentions\/([^/]+)\/triage$/.exec(new URL(request.url()).pathname);
      if (request.method() === 'PATCH' && match?.[1]) patches.push({ id: decodeURIComponent(match[1]), body: request.postDataJSON() });
    });
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, stack.token);
    await options.page.getByLabel('Your name (assignee)').fill('Ana');
    await options.save();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('lists every mention by priority with counts per status', async () => {
    const { items } = await stack.api<{ items: Mention[] }>('/api/mentions?limit=500');
    inbox = await InboxPage.open(browser.context, browser.extensionId);
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(items.length), { timeout: 30_000, interval: 250 });
    expect(await inbox.listedIds()).toEqual([...items].sort(byPriority).map((m) => m.id));
    expect(await inbox.count('new')).toBe(items.filter((m) => m.triage.status === 'new').length);
    expect(await inbox.count('all')).toBe(items.length);
    await expect.poll(() => inbox.page.locator('[data-window]').first().getAttribute('data-window')).toMatch(/open|overdue|answered|unknown/);
    // The top row says how soon to answer and why, point by point, as the collector explained it.
    const top = [...items].sort(byPriority)[0]!;
    const row = inbox.page.locator(`[data-row-id="${top.id}"]`);
    expect(await row.locator('[data-urgency]').getAttribute('data-urgency')).toBe(top.urgency);
    expect(await row.locator('[data-priority-why]').textContent()).toContain(`${top.priorityWhy![0]!.en} +${top.priorityWhy![0]!.points}`);
    await inbox.page.screenshot({ path: resolve(RESULTS, 'inbox-priority-why.png') });
  });

  it('triages with the keyboard: j/k move, a assigns to me, r responded', async () => {
    const [first, second] = await inbox.listedIds();
    expect(await inbox.selectedId()).toBe(first);
    await inbox.press('j');
    expect(await inbox.selectedId()).toBe(second);
    await inbox.press('k', 'a');
    await vi.waitFor(async () => expect((await stack.api<Mention>(`/api/mentions/${first}`)).triage).toMatchObject({ assignee: 'Ana', status: 'assigned' }), { timeout: 15_000 });
    await inbox.press('r');
    await inbox.waitForStatus(first!, 'responded');
    expect((await stack.api<Mention>(`/api/mentions/${first}`)).triage.status).toBe('responded');
  });

  it('queues edits while the collector is down and delivers each exactly once when it is back', async () => {
    const ids = await inbox.listedIds();
    const [a, b, c] = ids.slice(2, 5) as [string, string, string];
    await stack.stopApi();
    patches.length = 0;
    const offlineSince = new Date().toISOString();

    // Resolve A (select it, e); tick B and C and mark both responded in bulk (x, j, x, r).
    await inbox.mention(a).click({ position: { x: 5, y: 5 } });
    await inbox.press('e');
    await inbox.waitForStatus(a, 'resolved', true);
    await inbox.mention(b).click({ position: { x: 5, y: 5 } });
    await inbox.press('x', 'j', 'x', 'r');
    await inbox.waitForStatus(b, 'responded', true);
    await inbox.waitForStatus(c, 'responded', true);
    await expect.poll(() => inbox.notice.textContent()).toMatch(/waiting to reach the collector/);
    await inbox.page.screenshot({ path: resolve(RESULTS, 'inbox-offline.png') });

    // Meanwhile a colleague ignores C on the collector, after our offline edit: their status must win.
    const later = new Date(Date.now() + 1000).toISOString();
    await stack.store.updateTriage(c, { status: 'ignored', updatedAt: later });

    await stack.startApi();
    await inbox.waitForStatus(a, 'resolved');
    await inbox.waitForStatus(b, 'responded');
    await inbox.waitForStatus(c, 'ignored');
    expect((await stack.api<Mention>(`/api/mentions/${a}`)).triage.status).toBe('resolved');
    expect((await stack.api<Mention>(`/api/mentions/${b}`)).triage.status).toBe('responded');
    expect((await stack.api<Mention>(`/api/mentions/${c}`)).triage.status).toBe('ignored');

    // One delivered PATCH per edit, each carrying the time it was made offline.
    const delivered = patches.filter((p) => [a, b, c].includes(p.id));
    expect(delivered.map((p) => p.id).sort()).toEqual([a, b, c].sort());
    for (const patch of delivered) expect((patch.body as { updatedAt: string }).updatedAt >= offlineSince).toBe(true);
    await inbox.page.screenshot({ path: resolve(RESULTS, 'inbox-back-online.png') });
  });
});
