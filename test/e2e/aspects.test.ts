// Aspects end to end: the collector reads each demo post's aspects, the extension syncs them and shows them
// as chips on inbox rows (named in the UI's language, coloured by each aspect's own sentiment); the
// dashboard ranks the key drivers from GET /api/stats/aspects and a click opens the inbox filtered to that
// aspect's mentions of the range. Screenshots in test-results/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AspectStatsAnswer } from '../../shared/api/aspects.ts';
import type { Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { KeyDriversPanel, rowChips } from './pages/key-drivers.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const NAMES_ES: Record<string, string> = { billing: 'Facturación', support: 'Soporte', 'service-outage': 'Conexión y caídas', installation: 'Instalación', price: 'Precio', product: 'Producto', staff: 'Personal', delivery: 'Entrega', refund: 'Reembolso', other: 'Otro', 'app-website': 'App / web', delay: 'Retraso', booking: 'Reserva', baggage: 'Equipaje', returns: 'Devoluciones' };

describe('aspects in the extension', () => {
  let stack: Stack;
  let browser: ExtensionBrowser;
  let mentions: Mention[];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack();
    browser = await launchExtension({ lang: 'es-ES' });
    const options = await OptionsPage.open(browser.context, browser.extensionId, 'es');
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    mentions = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=500')).items;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('shows each row’s aspects as chips, in Spanish, coloured by their own sentiment', async () => {
    const withAspects = mentions.filter((m) => m.aspects?.some((a) => a.aspect !== 'other'));
    expect(withAspects.length).toBeGreaterThan(3);
    const inbox = await InboxPage.open(browser.context, browser.extensionId);
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(mentions.length), { timeout: 30_000, interval: 250 });
    for (const m of withAspects.slice(0, 5)) {
      expect(await rowChips(inbox.page, m.id)).toEqual(m.aspects!.map((a) => [a.aspect, a.sentiment, NAMES_ES[a.aspect] ?? a.aspect]));
    }
    const mixed = mentions.find((m) => new Set(m.aspects?.map((a) => a.sentiment)).size > 1);
    const shown = mixed ?? withAspects[0]!;
    await inbox.mention(shown.id).scrollIntoViewIfNeeded();
    await inbox.mention(shown.id).screenshot({ path: resolve(RESULTS, 'aspects-inbox-row.png') });
    await inbox.page.close();
  });

  it('ranks key drivers from the collector and opens the inbox filtered to an aspect for the range', async () => {
    const dashboard = await DashboardPage.open(browser.context, browser.extensionId, 520);
    const panel = new KeyDriversPanel(dashboard.page);
    expect(await panel.waitForSource()).toBe('collector');
    const ranked = await panel.aspects();
    expect(ranked.length).toBeGreaterThan(1);
    await panel.root.screenshot({ path: resolve(RESULTS, 'aspects-key-drivers.png') });

    const top = ranked[0]!;
    const inbox = await panel.open(browser.context, top);
    const target = new URLSearchParams(new URL(inbox.url()).hash.slice(1));
    expect(target.get('aspect')).toBe(top);
    const [from, to] = [target.get('from')!, target.get('to')!];
    // The panel's figures are the collector's for that range, and the inbox lists exactly those mentions.
    const answer = await stack.api<AspectStatsAnswer>(`/api/stats/aspects?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(answer.aspects.map((a) => a.aspect).slice(0, ranked.length)).toEqual(ranked);
    const driver = answer.aspects[0]!;
    expect(await panel.figure(top, 'volume').textContent()).toBe(String(driver.volume));
    const expected = mentions
      .filter((m) => m.aspects?.some((a) => a.aspect === top))
      .filter((m) => {
        const at = m.publishedAt ?? m.collectedAt;
        return at >= from && at < to;
      })
      .map((m) => m.id)
      .sort();
    expect(expected).toHaveLength(driver.volume);
    const listed = await vi.waitFor(async () => {
      const ids = (await inbox.locator('[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''))).sort();
      expect(ids).toEqual(expected);
      return ids;
    }, { timeout: 30_000, interval: 250 });
    for (const id of listed) expect((await rowChips(inbox, id)).map(([aspect]) => aspect)).toContain(top);
    expect(await inbox.locator('[data-filter="aspect"]').inputValue()).toBe(top);
    await inbox.screenshot({ path: resolve(RESULTS, 'aspects-filtered-inbox.png') });
    // Lifting the period and the aspect lists everything again.
    await inbox.locator('[data-filter="range"]').click();
    await inbox.locator('[data-filter="aspect"]').selectOption('');
    await vi.waitFor(async () => expect(await inbox.locator('[data-row-id]').count()).toBe(mentions.length), { timeout: 30_000, interval: 250 });
  });
});
