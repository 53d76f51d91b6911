// Share of voice end to end: a competitor in the config, its mentions beside the demo brand's, the dashboard
// panel fed by GET /api/stats/share-of-voice (charts, legends with each brand's figure, praise and
// criticism), and the inbox labelling the competitor's complaint; screenshots in English and Spanish.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ShareOfVoice } from '../../shared/api/share-of-voice.ts';
import type { Mention } from '../../shared/mention.ts';
import { lastDays } from '../../extension/features/dashboard/stats-range.ts';
import type { Stack } from '../support/stack.ts';
import type { ExtensionBrowser } from './pages/browser.ts';
import { connectedInbox, startCompetitorStack } from './pages/competitor-stack.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { KeyDriversPanel } from './pages/key-drivers.ts';
import { ShareOfVoicePanel } from './pages/share-of-voice-panel.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');

async function connectedBrowser(stack: Stack, lang: string, expected: number): Promise<ExtensionBrowser> {
  const { browser, inbox } = await connectedInbox(stack, lang, expected);
  await inbox.page.close();
  return browser;
}

describe('share of voice on the dashboard', () => {
  let stack: Stack;
  let total: number;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    ({ stack, total } = await startCompetitorStack([
      { id: 'rivalia-1', hoursAgo: 48, text: 'Rivalia lost my parcel again, delivery is a mess', sentiment: 'negative', aspects: [{ aspect: 'delivery', sentiment: 'negative', cue: 'delivery' }] },
      { id: 'rivalia-2', hoursAgo: 120, text: 'Rivalia prices are the best around', sentiment: 'positive', aspects: [{ aspect: 'price', sentiment: 'positive', cue: 'prices' }] },
      { id: 'rivalia-3', hoursAgo: 216, text: 'Cheap and quick, Rivalia wins on price', sentiment: 'positive', aspects: [{ aspect: 'price', sentiment: 'positive', cue: 'price' }] },
    ]));
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

  it('ranks OUR key drivers with no brand chosen: the competitor’s delivery and price are not among them, nor the catch-all', async () => {
    const browser = await connectedBrowser(stack, 'en-US', total);
    try {
      const dashboard = await DashboardPage.open(browser.context, browser.extensionId, 520);
      const panel = new KeyDriversPanel(dashboard.page);
      expect(await panel.waitForSource()).toBe('collector');
      const { from, to } = lastDays(30, Date.now());
      const ours = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=500&competitor=false')).items.filter((m) => {
        const at = m.publishedAt ?? m.collectedAt;
        return at >= from && at < to;
      });
      const shown = await panel.aspects();
      expect(shown.length).toBeGreaterThan(1);
      expect(shown).not.toContain('other');
      for (const aspect of ['delivery', 'price']) {
        const volume = ours.filter((m) => m.aspects?.some((a) => a.aspect === aspect)).length;
        if (volume === 0) expect(shown).not.toContain(aspect);
        else if (shown.includes(aspect)) expect(await panel.figure(aspect, 'volume').textContent()).toBe(String(volume));
      }
      expect(await panel.root.locator('[data-scope="ours"]').textContent()).toBe('Our brands only: competitors are compared under Share of voice.');
      // The dashboard's own figures with no brand chosen are of the same mentions: our brands'.
      const brandSelect = dashboard.page.locator('select').filter({ has: dashboard.page.locator('option', { hasText: 'Rivalia' }) });
      expect(await brandSelect.locator('option:checked').textContent()).toBe('Our brands');
      const scored = ours.filter((m) => 'label' in m.sentiment);
      const negatives = scored.filter((m) => 'label' in m.sentiment && m.sentiment.label === 'negative').length;
      await vi.waitFor(async () => expect(await dashboard.figure('negative-share').textContent()).toBe(`${Math.round((negatives / scored.length) * 100)}%`), { timeout: 30_000, interval: 250 });
      const other = ours.filter((m) => m.aspects?.some((a) => a.aspect === 'other')).length;
      if (other > 0) expect(await panel.root.locator('[data-driver-other]').textContent()).toContain(`Posts about no particular aspect: ${other} (`);
      // A click lists the mentions the figure counts: ours (the competitor's praised prices left out).
      const clicked = shown.includes('price') ? 'price' : shown[0]!;
      const inbox = await panel.open(browser.context, clicked);
      const volume = Number(await panel.figure(clicked, 'volume').textContent());
      await vi.waitFor(async () => expect(await inbox.locator('[data-row-id]').count()).toBe(volume), { timeout: 30_000, interval: 250 });
      expect(await inbox.locator('[data-filter="competitor"]').inputValue()).toBe('hide');
      await inbox.close();
      // The competitor named as the brand gets its own drivers.
      await dashboard.page.locator('select').filter({ has: dashboard.page.locator('option', { hasText: 'Rivalia' }) }).selectOption('Rivalia');
      await vi.waitFor(async () => expect(await panel.aspects()).toEqual(['price', 'delivery']), { timeout: 30_000, interval: 250 });
      expect(await panel.root.locator('[data-scope="ours"]').count()).toBe(0);
      await panel.root.screenshot({ path: resolve(RESULTS, 'key-drivers-competitor.png') });
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
