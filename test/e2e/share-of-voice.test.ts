// Share of voice end to end: a competitor in the config, its mentions beside the demo brand's, the dashboard
// panel fed by GET /api/stats/share-of-voice (charts, legends with each brand's figure, praise and
// criticism), and the inbox labelling the competitor's complaint; screenshots in English and Spanish.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ShareOfVoice } from '../../shared/api/share-of-voice.ts';
import type { Mention } from '../../shared/mention.ts';
import { makeMention } from '../../collector/testing/mention-factory.ts';
import { triageMention } from '../../shared/priority/triage-mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { ShareOfVoicePanel } from './pages/share-of-voice-panel.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const rivalia = [{ brand: 'Rivalia', terms: ['rivalia'], competitor: true as const }];

async function connectedBrowser(stack: Stack, lang: string, expected: number): Promise<ExtensionBrowser> {
  const browser = await launchExtension({ lang });
  const options = await OptionsPage.open(browser.context, browser.extensionId, lang.startsWith('es') ? 'es' : 'en');
  await options.fill(stack.apiUrl, stack.token);
  await options.save();
  const inbox = await InboxPage.open(browser.context, browser.extensionId);
  await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(expected), { timeout: 30_000, interval: 250 });
  await inbox.page.close();
  return browser;
}

describe('share of voice on the dashboard', () => {
  let stack: Stack;
  let total: number;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack({ extraBrands: [{ name: 'Rivalia', query: 'rivalia', competitor: true }] });
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    // Judged as the pipeline judges them (urgency and priority), then stored.
    const judged = (m: Mention): Mention => ({ ...m, ...triageMention(m) });
    await stack.store.insertMentions([
      judged(makeMention({ id: 'rivalia-1', publishedAt: day(2), collectedAt: day(2), matches: rivalia, text: 'Rivalia lost my parcel again, delivery is a mess', sentiment: { score: -0.8, label: 'negative', confidence: 0.9 }, aspects: [{ aspect: 'delivery', sentiment: 'negative', cue: 'delivery' }] })),
      judged(makeMention({ id: 'rivalia-2', publishedAt: day(5), collectedAt: day(5), matches: rivalia, text: 'Rivalia prices are the best around', sentiment: { score: 0.8, label: 'positive', confidence: 0.9 }, aspects: [{ aspect: 'price', sentiment: 'positive', cue: 'prices' }] })),
      judged(makeMention({ id: 'rivalia-3', publishedAt: day(9), collectedAt: day(9), matches: rivalia, text: 'Cheap and quick, Rivalia wins on price', sentiment: { score: 0.7, label: 'positive', confidence: 0.9 }, aspects: [{ aspect: 'price', sentiment: 'positive', cue: 'price' }] })),
    ]);
    total = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=500')).items.length;
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('shows each brand’s share and net sentiment side by side, the competitor marked, with what it is praised and criticised for', async () => {
    const browser = await connectedBrowser(stack, 'en-US', total);
    try {
      const dashboard = await DashboardPage.open(browser.context, browser.extensionId, 900);
      const panel = new ShareOfVoicePanel(dashboard.page);
      await panel.waitForBrands();
      const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
      const api = await stack.api<ShareOfVoice>(`/api/stats/share-of-voice?from=${from}&to=${to}&bucket=day`);
      const lumora = api.brands.find((b) => b.brand === 'Lumora')!;
      expect(lumora.mentions).toBeGreaterThan(3);
      expect(await panel.row('Rivalia').getAttribute('data-competitor')).toBe('true');
      expect(await panel.row('Lumora').getAttribute('data-competitor')).toBe('false');
      expect(await panel.share('Lumora').textContent()).toBe(`${Math.round(lumora.share! * 100)}%`);
      expect(await panel.row('Rivalia').textContent()).toContain('Price (2)');
      expect(await panel.row('Rivalia').textContent()).toContain('Delivery (1)');
      // Two uPlot charts, each legend naming both brands with a figure for the whole range.
      await expect.poll(() => panel.charts().count()).toBe(2);
      const legends = await panel.legends().allTextContents();
      expect(legends.filter((l) => l.includes('Rivalia (competitor)'))).toHaveLength(2);
      expect(legends.some((l) => l.includes('Lumora') && /\d+%/.test(l))).toBe(true);
      const [shareTicks, netTicks] = await panel.ticks();
      expect(shareTicks!.x.every((tick) => /^[A-Z][a-z]{2} \d{1,2}$/.test(tick))).toBe(true);
      expect(shareTicks!.y.every((tick) => /^\d+%$/.test(tick))).toBe(true);
      expect(netTicks!.y.join(' ')).toMatch(/[+−±]\d\.\d\d/);
      await panel.root.screenshot({ path: resolve(RESULTS, 'share-of-voice.png') });

      // The competitor's complaint is labelled in the inbox and asks nothing of us.
      const inbox = await InboxPage.open(browser.context, browser.extensionId);
      await expect.poll(() => inbox.page.locator('[data-row-id="rivalia-1"] [data-competitor]').count()).toBe(1);
      expect(await inbox.page.locator('[data-row-id="rivalia-1"] [data-urgency]').getAttribute('data-urgency')).toBe('none');
    } finally {
      await browser.close();
    }
  });

  it('speaks Spanish', async () => {
    const browser = await connectedBrowser(stack, 'es-ES', total);
    try {
      const dashboard = await DashboardPage.open(browser.context, browser.extensionId, 900);
      const panel = new ShareOfVoicePanel(dashboard.page);
      await panel.waitForBrands();
      expect(await panel.root.locator('h2').textContent()).toBe('Cuota de conversación');
      expect(await panel.row('Rivalia').textContent()).toContain('competidor');
      expect(await panel.row('Rivalia').textContent()).toContain('Precio (2)');
      // Every figure the Spanish way, the charts' axes too: "75 %", "−0,50", "7 dic" (no "Dec 7", no "0.5").
      expect(await panel.share('Lumora').textContent()).toMatch(/^\d+\s%$/);
      expect(await panel.row('Rivalia').textContent()).toMatch(/[+−±]\d,\d\d/);
      await expect.poll(() => panel.charts().count()).toBe(2);
      const [shareTicks, netTicks] = await panel.ticks();
      expect(shareTicks!.x.every((tick) => /^\d{1,2} [a-z]{3,4}\.?$/.test(tick))).toBe(true);
      expect(shareTicks!.y.every((tick) => /^\d+\s%$/.test(tick))).toBe(true);
      expect(netTicks!.y.join(' ')).toMatch(/[+−±]\d,\d\d/);
      expect(netTicks!.y.join(' ')).not.toMatch(/\d\.\d/);
      await panel.root.screenshot({ path: resolve(RESULTS, 'share-of-voice-es.png') });
    } finally {
      await browser.close();
    }
  });
});
