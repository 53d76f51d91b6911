// Notifications end to end: a high-priority negative mention collected while the extension is live raises
// one browser notification; clicking it opens the full-page inbox on that mention.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { Notifications } from './pages/notifications.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');

function urgentComplaint(n: number, at: Date): Mention {
  const iso = at.toISOString();
  return {
    id: `e2e-urgent-${n}-${at.getTime()}`,
    source: 'e2e',
    platform: 'reddit',
    kind: 'post',
    url: `https://www.reddit.com/r/LumoraES/comments/e2e${n}${at.getTime().toString(36)}/sin_servicio/`,
    author: { name: 'Nuria', handle: 'nuria_vlc' },
    title: 'Cuarto día sin internet',
    text: 'Lumora me ha dejado cuatro días sin internet y nadie responde. Fatal.',
    lang: 'es',
    publishedAt: iso,
    collectedAt: iso,
    sentiment: { score: -0.9, label: 'negative', confidence: 0.9 },
    moment: 'LZMOT',
    stage: 'experience',
    matches: [{ brand: 'Lumora', terms: ['lumora'] }],
    triage: { status: 'new', updatedAt: iso },
    priority: 96,
  };
}

describe('notifications', () => {
  let stack: Stack;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack();
    browser = await launchExtension({ lang: 'en-US' });
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    // Live once the first sync is done: the inbox lists what the collector has.
    const { items } = await stack.api<{ items: Mention[] }>('/api/mentions?limit=500');
    const inbox = await InboxPage.open(browser.context, browser.extensionId);
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(items.length), { timeout: 30_000, interval: 250 });
    await inbox.page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('a new high-priority negative mention raises one notification; clicking it opens the inbox on it', async () => {
    const notifications = new Notifications(browser);
    expect(await notifications.ids(), 'the first sync’s backlog is not news').toEqual([]);
    const complaint = urgentComplaint(1, new Date());
    await stack.store.insertMentions([complaint]);

    const id = await notifications.waitFor((n) => n === `mention:${complaint.id}`);
    expect((await notifications.ids()).filter((n) => n.startsWith('mention:'))).toEqual([id]);

    const page = await notifications.click(id);
    await page.waitForURL(/inbox\.html#mention=/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#mention=${complaint.id}`);
    const selected = page.locator(`[data-row-id="${complaint.id}"][aria-selected="true"]`);
    await selected.waitFor({ timeout: 15_000 });
    expect(await selected.locator('[data-sentiment="negative"]').first().isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: resolve(RESULTS, 'notification-inbox.png') });
    await expect.poll(() => notifications.ids()).not.toContain(id);
  });

  it('a negative spike from the collector’s alerts raises a notification that opens the brand’s negative mentions', async () => {
    const notifications = new Notifications(browser);
    const now = new Date();
    await stack.store.insertMentions(Array.from({ length: 8 }, (_, i) => ({ ...urgentComplaint(10 + i, now), priority: 40 })));
    const id = await notifications.waitFor((n) => n.startsWith('spike:Lumora:'));
    const page = await notifications.click(id);
    await page.waitForURL(/inbox\.html#/);
    await page.locator('.inbox-filters').waitFor();
    expect(await page.getByRole('combobox', { name: 'Sentiment', exact: true }).inputValue()).toBe('negative');
    expect(await page.getByRole('combobox', { name: 'Brand', exact: true }).inputValue()).toBe('Lumora');
  });

  it('keeps the thresholds set on the options page where the notifier reads them', async () => {
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.page.getByLabel('Lowest priority to notify (0–100)').fill('97');
    await options.page.getByLabel('Notify negative spikes').uncheck();
    await options.save();
    expect(await new Notifications(browser).stored('notificationSettings')).toEqual({ mentions: true, minPriority: 97, spikes: false });
  });
});
