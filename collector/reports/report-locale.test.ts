// A report speaks its language in every figure: the tables, and the charts' axes and legends that the page's
// script draws on a canvas (read back from what the charts kept) — "0,5" and "4 nov" in Spanish.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { CHROMIUM_ARGS } from '../reviews/browser/browser-pool.ts';
import { resolveChromiumPath } from '../reviews/browser/chromium-path.ts';
import { CHARTS_READY_SELECTOR } from './report-charts.ts';
import { loadReport, type ReportData } from './report-data.ts';
import { renderReportHtml } from './report-html.ts';
import type { ReportLang } from './report-words.ts';
import { SEED_BRANDS, SEED_NOW, SEED_RANGE, seedReportStore } from './testing/report-seed.ts';

const ENGLISH_MONTHS = /\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\b/;
/** An English month name in `text`, with some context to say where. */
const englishMonth = (text: string) => text.match(new RegExp(`.{0,40}${ENGLISH_MONTHS.source}.{0,20}`))?.[0];

let temp: TempStore;
let data: ReportData;
let browser: Browser;
beforeAll(async () => {
  temp = openTempStore();
  await seedReportStore(temp.store);
  data = await loadReport(temp.store, SEED_BRANDS, SEED_RANGE, SEED_NOW);
  browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  temp.close();
});

/** The report as Chromium draws it: its visible text, and each chart's axis labels. */
async function drawn(lang: ReportLang) {
  const page = await browser.newPage({ viewport: { width: 800, height: 1200 } });
  try {
    await page.setContent(renderReportHtml(data, lang), { waitUntil: 'load' });
    await page.waitForSelector(CHARTS_READY_SELECTOR, { state: 'attached' });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/report-${lang}.png`, fullPage: true });
    const charts = await page.$$eval('.chart', (els) => els.map((el) => ({ id: el.id, x: el.getAttribute('data-x-ticks') ?? '', y: el.getAttribute('data-y-ticks') ?? '', legend: el.querySelector('.u-legend')?.textContent ?? '' })));
    return { text: await page.innerText('body'), charts: Object.fromEntries(charts.map((c) => [c.id, c])) };
  } finally {
    await page.close();
  }
}

describe('report locale', () => {
  it('writes Spanish numbers and dates on the charts and in the tables, with no English month', async () => {
    const { text, charts } = await drawn('es');
    // Net sentiment runs −1…1: its axis has decimal ticks, with a comma.
    expect(charts['chart-net']!.y).toMatch(/(^|\|)-?0,5(\||$)/);
    expect(charts['chart-net']!.y).not.toMatch(/\d\.\d/);
    expect(charts['chart-share']!.y).toMatch(/\d+\s%/);
    expect(charts['chart-trend']!.x).toMatch(/\d{1,2} nov/);
    // Mentions are counted in whole numbers: no "1,5" on the volume axis.
    expect(charts['chart-trend']!.y.split('|').every((tick) => /^\d+$/.test(tick))).toBe(true);
    for (const chart of Object.values(charts)) expect(englishMonth(chart.x + chart.y + chart.legend)).toBeUndefined();
    expect(charts['chart-net']!.legend).toContain('Lumora: -0,22');
    expect(text).toContain('2 nov 2026');
    // The two share-of-voice charts say which is which.
    expect(text).toContain('Cuota de conversación por día');
    expect(text).toContain('Sentimiento neto por día y marca');
    expect(text).toContain('-0,22');
    expect(englishMonth(text)).toBeUndefined();
    expect(text).not.toMatch(/\d\.\d\d\b/);
  }, 60_000);

  it('keeps English formats in English', async () => {
    const { text, charts } = await drawn('en');
    expect(charts['chart-net']!.y).toMatch(/(^|\|)-?0\.5(\||$)/);
    expect(charts['chart-share']!.y).toMatch(/\d+%/);
    expect(charts['chart-trend']!.x).toMatch(/\d{1,2} Nov/);
    expect(charts['chart-net']!.legend).toContain('Lumora: -0.22');
    expect(text).toContain('2 Nov 2026');
  }, 60_000);
});
