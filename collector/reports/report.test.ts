import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { CSV_COLUMNS, csvField, renderReportCsv } from './report-csv.ts';
import { loadReport, type ReportData } from './report-data.ts';
import { renderReportHtml } from './report-html.ts';
import { HOSTILE_TEXT, SEED_BRANDS, SEED_NOW, SEED_RANGE, seedReportStore } from './testing/report-seed.ts';

let temp: TempStore;
let all: ReportData;
let lumora: ReportData;
beforeAll(async () => {
  temp = openTempStore();
  await seedReportStore(temp.store);
  all = await loadReport(temp.store, SEED_BRANDS, SEED_RANGE, SEED_NOW);
  lumora = await loadReport(temp.store, SEED_BRANDS, { ...SEED_RANGE, brand: 'Lumora' }, SEED_NOW);
});
afterAll(() => temp.close());

const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('report content', () => {
  it('holds the figures of the seeded store: volume, negative share, net, 48 h compliance, share of voice, key drivers', () => {
    const html = renderReportHtml(lumora, 'en');
    const page = text(html);
    // 9 Lumora mentions in range: 5 negative of 9 scored (56 %), net (3 − 5) / 9 = −0.22.
    expect(page).toContain('9 Mentions');
    expect(page).toContain('56% Negative share');
    expect(page).toContain('-0.22 Net sentiment');
    // Complaints: l1 answered in 3 h, l5 in 5 h, l2 in 60 h, l3 and l4 unanswered past 48 h → 2 of 5 within.
    expect(page).toContain('40% Complaints answered within 48 h');
    expect(page).toMatch(/Answered within 48 h 2 Over 48 h or unanswered after 48 h 3/);
    // Share of voice: Lumora 9 of 12 (75 %), Rivalia 3 (25 %), praised for price.
    expect(page).toMatch(/Lumora 9 75% -0\.22 Staff \(2\) Billing \(2\), Connection &amp; outages \(1\)/);
    expect(page).toMatch(/Rivalia competitor 3 25% \+0\.33 Price \(2\) Delivery \(1\)/);
    // Key drivers: billing moved net most (it was praised in the period before).
    expect(page).toMatch(/Key drivers .*Billing 2 -1\.00 -2\.00/);
    expect(page).toContain('charged twice');
  });

  it('an all-brands report ranks our key drivers only: the competitor keeps its place in share of voice', () => {
    // Rivalia's delivery complaint and praised prices are not why OUR sentiment moved.
    expect(all.keyDrivers.aspects.map((a) => a.aspect).sort()).toEqual(['billing', 'service-outage', 'staff']);
    expect(all.keyDrivers.current.mentions).toBe(9);
    const drivers = text(renderReportHtml(all, 'en').match(/<section data-section="drivers">[\s\S]*?<\/section>/)![0]);
    expect(drivers).not.toMatch(/Price|Delivery/);
    expect(text(renderReportHtml(all, 'en'))).toMatch(/Rivalia competitor 3 25% \+0\.33 Price \(2\) Delivery \(1\)/);
  });

  it('an all-brands report counts our brands: the competitor is neither our volume nor a complaint of ours to answer', () => {
    // Lumora is our one brand: the report of our brands holds exactly its figures (the SQL's, by brand).
    expect(all.stats).toEqual(lumora.stats);
    expect(all.topPosts.map((p) => p.id).filter((id) => id.startsWith('r'))).toEqual([]);
    const page = text(renderReportHtml(all, 'en'));
    expect(page).toContain('Brand: Our brands');
    expect(page).toContain('9 Mentions');
    expect(page).toContain('40% Complaints answered within 48 h');
    expect(text(renderReportHtml(all, 'es'))).toContain('Marca: Nuestras marcas');
  });

  it('says there is nothing to compare with when the previous period is empty, instead of a dash', async () => {
    const rivalia = await loadReport(temp.store, SEED_BRANDS, { ...SEED_RANGE, brand: 'Rivalia' }, SEED_NOW);
    expect(text(renderReportHtml(rivalia, 'en'))).toContain('same length. No mentions in the previous period to compare with.');
    expect(text(renderReportHtml(rivalia, 'es'))).toContain('misma duración. Sin menciones en el periodo anterior con las que comparar.');
    expect(text(renderReportHtml(lumora, 'en'))).toContain('same length. Net sentiment moved -1.22 (from +1.00).');
  });

  it('states the net sentiment once: the key drivers give its move, not a second level beside the card', () => {
    // The card gives the level; the drivers' section gives how far it moved, never the same figure twice.
    const drivers = text(renderReportHtml(lumora, 'en').match(/<section data-section="drivers">[\s\S]*?<\/section>/)![0]);
    expect(drivers).not.toContain('Net sentiment:');
  });

  it('says how the top posts are ordered, and leaves out a reach column that would be all dashes', async () => {
    const lumoraPage = text(renderReportHtml(lumora, 'en'));
    expect(lumoraPage).toContain('Most-seen posts Widest reach first, then the most urgent to answer. Published Sentiment Reach Post');
    // None of Rivalia's posts has a reach figure.
    const rivalia = await loadReport(temp.store, SEED_BRANDS, { ...SEED_RANGE, brand: 'Rivalia' }, SEED_NOW);
    expect(text(renderReportHtml(rivalia, 'en'))).toContain('No reach figures for these posts: the most urgent to answer first. Published Sentiment Post');
    expect(text(renderReportHtml(rivalia, 'es'))).toContain('Estas publicaciones no tienen cifras de alcance: primero las más urgentes de responder. Publicado Sentimiento Publicación');
  });

  it('shows hostile post text as text: escaped, never markup', () => {
    const html = renderReportHtml(lumora, 'en');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Lumora &amp; co');
    // Only http(s) links, and the chart data cannot close its script element.
    expect(html.match(/<script/g)!.length).toBe(3);
    expect(html).not.toMatch(/href="(?!https?:)/);
  });

  it('speaks Spanish', () => {
    const page = text(renderReportHtml(lumora, 'es'));
    expect(page).toContain('Informe de la conversación con los clientes');
    expect(page).toContain('56 % Proporción negativa');
    expect(page).toContain('Cuota de conversación');
    expect(page).toContain('Personal (2)');
  });

  it('writes one CSV table with the documented columns, one row per day and brand', () => {
    const lines = renderReportCsv(all).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    // Two weeks, day by day (a range up to 45 days is daily), for both brands.
    expect(lines).toHaveLength(1 + 14 * 2);
    expect(lines).toContain('2026-11-02T00:00:00.000Z,Lumora,false,0,0,0,0,0,,');
    expect(lines).toContain('2026-11-04T00:00:00.000Z,Lumora,false,1,1,0,0,0,0.5,-1');
    expect(lines).toContain('2026-11-04T00:00:00.000Z,Rivalia,true,1,1,0,0,0,0.5,-1');
    expect(lines).toContain('2026-11-12T00:00:00.000Z,Rivalia,true,1,0,0,1,0,0.5,1');
    expect(lines.filter((l) => l.includes(',Lumora,')).reduce((n, l) => n + Number(l.split(',')[3]), 0)).toBe(9);
    expect(renderReportCsv(lumora).split('\r\n').filter((l) => l.includes('Rivalia'))).toEqual([]);
    expect([csvField('=HYPERLINK("x")'), csvField('a,b'), csvField(null)]).toEqual(['"\'=HYPERLINK(""x"")"', '"a,b"', '']);
  });
});
