// The dashboard as a marketing manager reads it in the side panel: no column head or table cut off, chart
// titles under their panel's title, and a key-driver line that says why there is no change to show.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AspectStatsAnswer } from '../../shared/api/aspects.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { KeyDriversPanel } from './pages/key-drivers.ts';
import { ManagerRead } from './pages/manager-read.ts';
import { OptionsPage } from './pages/options-page.ts';
import { ShareOfVoicePanel } from './pages/share-of-voice-panel.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
/** The side panel's usual width. */
const SIDE_PANEL = 420;

describe.each([
  ['en-US', 'en', 'no scored mentions in the previous period'],
  ['es-ES', 'es', 'sin menciones puntuadas en el periodo anterior'],
] as const)('the dashboard read by a manager (%s)', (locale, lang, noPrevious) => {
  let stack: Stack;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack({ extraBrands: [{ name: 'Rivalia', query: 'rivalia', competitor: true }] });
    browser = await launchExtension({ lang: locale });
    const options = await OptionsPage.open(browser.context, browser.extensionId, lang);
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('fits the key drivers and share of voice in the side panel and explains a missing comparison', async () => {
    const dashboard = await DashboardPage.open(browser.context, browser.extensionId, SIDE_PANEL);
    const drivers = new KeyDriversPanel(dashboard.page);
    expect(await drivers.waitForSource()).toBe('collector');
    const read = new ManagerRead(dashboard.page);
    expect(await read.clipped('[data-chart="key-drivers"] .drivers-row--head > *')).toEqual([]);

    // The demo's stories all start inside the last 30 days: nothing before them to compare with, and the line says so.
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const answer = await stack.api<AspectStatsAnswer>(`/api/stats/aspects?from=${from}&to=${to}`);
    const line = (await read.driversNet.textContent()) ?? '';
    expect(line).not.toContain('(—');
    if (answer.netChange === null) expect(line).toContain(noPrevious);
    await drivers.root.screenshot({ path: resolve(RESULTS, `manager-key-drivers-${lang}.png`) });

    const sov = new ShareOfVoicePanel(dashboard.page);
    await sov.waitForBrands();
    const fits = await sov.root.locator('table.dashboard-sov').evaluate((table) => table.scrollWidth <= (table.parentElement?.clientWidth ?? 0) + 1);
    expect(fits).toBe(true);
    expect(await read.fontSize('[data-chart="share-of-voice"] h3')).toBeLessThan(await read.fontSize('[data-chart="share-of-voice"] h2'));
    await sov.root.screenshot({ path: resolve(RESULTS, `manager-share-of-voice-${lang}.png`) });
  });
});
