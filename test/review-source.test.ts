// A review source in the config runs through the same pipeline as feeds: the shared browser reads the
// pages (newest first, following "next"), reviews are deduped, brand-matched, enriched and stored with
// platform, rating and author; the next run stops at reviews already stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateConfig } from '../collector/config.ts';
import { createCollectDeps, type CollectRuntime } from '../collector/pipeline/collect-deps.ts';
import { collectSource } from '../collector/pipeline/collect-source.ts';
import { startFixtureServer, type FixtureServer } from '../collector/reviews/testing/fixture-server.ts';
import { openSqliteStore } from '../collector/store/sqlite-store.ts';
import type { VigiaStore } from '../collector/store/store.ts';

const reviews = [
  ['Ana G.', 1, '2026-11-22', 'Pésimo servicio de Lumora: tres semanas sin fibra y nadie responde. No lo recomiendo.'],
  ['Tom B.', 5, '2026-11-21', 'Lumora fibre has been rock solid for a year, great value and friendly support.'],
  ['Luis P.', 2, '2026-11-20', 'El router de Lumora se reinicia cada noche, el soporte no lo soluciona.'],
  ['Kim S.', 4, '2026-11-19', 'Installation by Lumora was quick and the engineer was polite.'],
] as const;

function page(index: number, base: string): string {
  const items = reviews.slice(index * 2, index * 2 + 2).map(([author, stars, date, body]) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: author },
    datePublished: date,
    reviewBody: body,
    reviewRating: { '@type': 'Rating', ratingValue: stars, bestRating: 5, worstRating: 1 },
  }));
  const json = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Lumora', review: items });
  const next = index === 0 ? `<a rel="next" href="${base}/reviews?page=2">Next</a>` : '';
  return `<!doctype html><html lang="es"><head><script type="application/ld+json">${json}</script></head><body><h1>Lumora</h1>${next}</body></html>`;
}

let fixture: FixtureServer;
let dir: string;
let store: VigiaStore;
let deps: CollectRuntime;

beforeAll(async () => {
  fixture = await startFixtureServer((request, response, base) => {
    if (request.url === '/robots.txt') return response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (request.url === '/walled') {
      const consent = '<!doctype html><html><body><h1>Before you continue</h1><form action="https://consent.google.com/save" method="POST"><button>Accept all</button></form></body></html>';
      return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(consent);
    }
    const n = request.url === '/reviews?page=2' ? 1 : request.url === '/reviews' ? 0 : -1;
    if (n < 0) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(n, base));
  });
  dir = mkdtempSync(join(tmpdir(), 'vigia-reviews-'));
  store = openSqliteStore(join(dir, 'vigia.db'));
  const config = validateConfig({ brands: [{ name: 'Lumora', query: 'lumora' }], sources: [] });
  deps = await createCollectDeps(config, store);
});
afterAll(async () => {
  await deps.close();
  await store.close();
  await fixture.close();
  rmSync(dir, { recursive: true, force: true });
});

it('stores the reviews of every page with platform, rating and author, then stops at known ground', async () => {
  const source = validateConfig({ brands: [{ name: 'L', query: 'l' }], sources: [{ id: 'lumora-reviews', kind: 'reviews', url: `${fixture.url}/reviews`, every: '6h' }] }).sources[0]!;
  const first = await collectSource(source, deps);
  expect(first).toMatchObject({ ok: true, seen: 4, stored: 4 });
  const { items } = await store.listMentions({}, { mode: 'newest' }, 10);
  expect(items.map((m) => m.author.name)).toEqual(['Ana G.', 'Tom B.', 'Luis P.', 'Kim S.']);
  expect(items[0]).toMatchObject({ platform: 'web', kind: 'review', rating: 0, lang: 'es', sentiment: { label: 'negative' } });
  expect(items[1]).toMatchObject({ rating: 1, sentiment: { label: 'positive' } });

  const second = await collectSource(source, deps);
  expect(second).toMatchObject({ ok: true, stored: 0 });
  // The first page already held stored reviews, so the second page was not read again.
  expect(fixture.hits.get('/reviews?page=2')).toBe(1);
});

it('records an unreachable review page as the source error', async () => {
  const source = validateConfig({ brands: [{ name: 'L', query: 'l' }], sources: [{ id: 'gone', kind: 'reviews', url: `${fixture.url}/missing`, every: '6h' }] }).sources[0]!;
  const run = await collectSource(source, deps);
  expect(run.ok).toBe(false);
  expect(run.error).toMatch(/^scrape: could not load .*\/missing/);
  expect(await store.sourceState('gone')).toMatchObject({ errorCount: 1 });
});

it('names a consent page in front of the reviews as the source error instead of reporting no reviews', async () => {
  const source = validateConfig({ brands: [{ name: 'L', query: 'l' }], sources: [{ id: 'walled', kind: 'reviews', url: `${fixture.url}/walled`, every: '6h' }] }).sources[0]!;
  const run = await collectSource(source, deps);
  expect(run.ok).toBe(false);
  expect(run.error).toMatch(/^scrape: Google's consent page stands in front of the reviews at .*\/walled/);
  expect(await store.sourceState('walled')).toMatchObject({ errorCount: 1 });
});
