// The ZMOT dashboard end to end: the side panel's page in Chromium, fed by the collector's
// GET /api/stats/sentiment, then from the synced mentions when the collector is gone; CSV export of the
// current view; screenshots.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { startStack, type Stack } from '../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './pages/browser.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { InboxPage } from './pages/inbox-page.ts';
import { OptionsPage } from './pages/options-page.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');

describe('ZMOT dashboard', () => {
  let stack: Stack;
  let browser: ExtensionBrowser;
  let mentions: Mention[];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    stack = await startStack();
    browser = await launchExtension({ lang: 'en-US' });
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    await options.fill(stack.apiUrl, stack.token);
    await options.save();
    // Three negatives answered, so the response-time histogram has something to show.
    const negatives = (await stack.api<{ items: Mention[] }>('/api/mentions?sentiment=negative&limit=3')).items;
    for (const m of negatives) await stack.api(`/api/mentions/${m.id}/triage`, { method: 'PATCH', body: { status: 'responded' } });
    mentions = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=500')).items;
    const inbox = await InboxPage.open(browser.context, browser.extensionId);
    await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(mentions.length), { timeout: 30_000, interval: 250 });
    await inbox.page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('renders the collector’s figures: sentiment over time, breakdowns, share of negative, terms, response times', async () => {
    const dashboard = await DashboardPage.open(browser.context, browser.extensionId);
    expect(await dashboard.source()).toBe('collector');
    // uPlot draws on canvases: the time series and the response-time histogram.
    await expect.poll(() => dashboard.page.locator('.dashboard-chart canvas').count()).toBeGreaterThanOrEqual(2);
    const platforms = new Set(mentions.map((m) => m.platform));
    expect(await dashboard.breakdown('platform').count()).toBe(platforms.size);
    expect(await dashboard.breakdown('moment').count()).toBeGreaterThan(1);
    expect(await dashboard.breakdown('stage').count()).toBeGreaterThan(1);
    const scored = mentions.filter((m) => 'label' in m.sentiment);
    const share = Math.round((scored.filter((m) => 'label' in m.sentiment && m.sentiment.label === 'negative').length / scored.length) * 100);
    expect(await dashboard.figure('negative-share').textContent()).toBe(`${share}%`);
    expect(await dashboard.page.locator('.dashboard-terms li').count()).toBeGreaterThan(0);
    expect(await dashboard.figure('within48h').textContent()).toMatch(/^\d+ within 48 h$/);
    const answered = await dashboard.figure('within48h').textContent();
    const over = await dashboard.figure('over48h').textContent();
    expect(Number(answered?.split(' ')[0]) + Number(over?.split(' ')[0])).toBeGreaterThanOrEqual(3);
    await dashboard.page.screenshot({ path: resolve(RESULTS, 'dashboard.png'), fullPage: true });
  });

  it('exports the current view as CSV: one row per mention in range, filtered by platform', async () => {
    const dashboard = await DashboardPage.open(browser.context, browser.extensionId);
    const all = await dashboard.exportCsv();
    expect(all.download.suggestedFilename()).toMatch(/^vigia-mentions-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = all.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,published_at,platform,brands,author,sentiment,score,moment,stage,status,assignee,priority,url,title,text');
    const ids = lines.slice(1).map((line) => line.split(',')[0]);
    expect(new Set(ids)).toEqual(new Set(mentions.map((m) => m.id)));

    await dashboard.page.getByLabel('Platform').selectOption('reddit');
    await dashboard.waitForReady();
    const reddit = await dashboard.exportCsv();
    expect(reddit.text.trim().split('\r\n')).toHaveLength(1 + mentions.filter((m) => m.platform === 'reddit').length);
  });

  it('falls back to the synced mentions when the collector is down, and says so', async () => {
    await stack.stopApi();
    try {
      const dashboard = await DashboardPage.open(browser.context, browser.extensionId, 1100);
      expect(await dashboard.source()).toBe('local');
      expect(await dashboard.page.locator('.dashboard-source').textContent()).toMatch(/collector did not answer/);
      expect(await dashboard.breakdown('platform').count()).toBe(new Set(mentions.map((m) => m.platform)).size);
      await dashboard.page.screenshot({ path: resolve(RESULTS, 'dashboard-offline-wide.png'), fullPage: true });
    } finally {
      await stack.startApi();
    }
  });
});
