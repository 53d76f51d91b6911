// The inbox hides the mentions about competitors only (a social-media manager triaging our complaints) or
// shows only them (marketing): the rows, the status counts and the labels follow; in English and Spanish.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { makeMention } from '../../collector/testing/mention-factory.ts';
import { triageMention } from '../../shared/priority/triage-mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { CompetitorFilterControl } from './pages/competitor-filter.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const rivalia = [{ brand: 'Rivalia', terms: ['rivalia'], competitor: true as const }];
const RIVALS = ['rivalia-1', 'rivalia-2'];

async function connectedInbox(stack: Stack, lang: string, expected: number): Promise<{ browser: ExtensionBrowser; inbox: InboxPage }> {
  const browser = await launchExtension({ lang });
  const options = await OptionsPage.open(browser.context, browser.extensionId, lang.startsWith('es') ? 'es' : 'en');
  await options.fill(stack.apiUrl, stack.token);
  await options.save();
  const inbox = await InboxPage.open(browser.context, browser.extensionId);
  await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(expected), { timeout: 30_000, interval: 250 });
  return { browser, inbox };
}

describe('inbox competitor filter', () => {
  let stack: Stack;
  let total: number;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack({ extraBrands: [{ name: 'Rivalia', query: 'rivalia', competitor: true }] });
    const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();
    const judged = (m: Mention): Mention => ({ ...m, ...triageMention(m) });
    await stack.store.insertMentions([
      judged(makeMention({ id: 'rivalia-1', publishedAt: hoursAgo(2), collectedAt: hoursAgo(2), matches: rivalia, text: 'Rivalia lost my parcel again, delivery is a mess', sentiment: { score: -0.8, label: 'negative', confidence: 0.9 } })),
      judged(makeMention({ id: 'rivalia-2', publishedAt: hoursAgo(5), collectedAt: hoursAgo(5), matches: rivalia, text: 'Rivalia prices are the best around', sentiment: { score: 0.8, label: 'positive', confidence: 0.9 } })),
    ]);
    total = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=500')).items.length;
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('hides the competitors’ rows, then shows only them, with the status counts in step', async () => {
    const { browser, inbox } = await connectedInbox(stack, 'en-US', total);
    try {
      const control = new CompetitorFilterControl(inbox.page);
      expect(await control.texts()).toEqual({ label: 'Competitors', options: ['Show', 'Hide', 'Only competitors'] });
      await vi.waitFor(async () => expect((await control.competitorRows()).sort()).toEqual(RIVALS), { timeout: 10_000 });
      expect(await inbox.count('all')).toBe(total);

      await control.choose('hide');
      await vi.waitFor(async () => expect(await inbox.listedIds()).toHaveLength(total - RIVALS.length), { timeout: 10_000 });
      expect(await control.competitorRows()).toEqual([]);
      expect(await inbox.listedIds()).not.toContain('rivalia-1');
      expect(await inbox.count('all')).toBe(total - RIVALS.length);
      await inbox.page.screenshot({ path: resolve(RESULTS, 'competitor-filter-hide.png') });

      // The collector answers the same question the same way.
      const ours = await stack.api<{ items: Mention[] }>('/api/mentions?limit=500&competitor=false');
      expect(ours.items.map((m) => m.id).sort()).toEqual((await inbox.listedIds()).sort());

      await control.choose('only');
      await vi.waitFor(async () => expect((await inbox.listedIds()).sort()).toEqual(RIVALS), { timeout: 10_000 });
      expect(await inbox.count('all')).toBe(RIVALS.length);
      expect(await inbox.count('new')).toBe(RIVALS.length);

      await control.choose('');
      await vi.waitFor(async () => expect(await inbox.listedIds()).toHaveLength(total), { timeout: 10_000 });
    } finally {
      await browser.close();
    }
  });

  it('speaks Spanish', async () => {
    const { browser, inbox } = await connectedInbox(stack, 'es-ES', total);
    try {
      const control = new CompetitorFilterControl(inbox.page);
      expect(await control.texts()).toEqual({ label: 'Competidores', options: ['Mostrar', 'Ocultar', 'Solo competidores'] });
      await control.choose('hide');
      await vi.waitFor(async () => expect(await inbox.listedIds()).toHaveLength(total - RIVALS.length), { timeout: 10_000 });
      await inbox.page.screenshot({ path: resolve(RESULTS, 'competitor-filter-es.png') });
    } finally {
      await browser.close();
    }
  });
});
