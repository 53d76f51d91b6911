// Benchmark: pages per minute over a local fixture review site, the shared browser pool against a browser per page.
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BrowserPool, CHROMIUM_ARGS } from '../collector/reviews/browser/browser-pool.ts';
import { resolveChromiumPath } from '../collector/reviews/browser/chromium-path.ts';
import { collectReviews } from '../collector/reviews/collect-reviews.ts';
import { extractReviews } from '../collector/reviews/extract/extract-reviews.ts';
import { startFixtureServer } from '../collector/reviews/testing/fixture-server.ts';

export const name = 'review-pages';

const REVIEWS_PER_PAGE = 10;

/** Page n of the fixture site: ten JSON-LD reviews, a stylesheet, images (blocked by the pool) and a next link. */
function reviewPage(n: number, pages: number): string {
  const review = Array.from({ length: REVIEWS_PER_PAGE }, (_, i) => ({
    '@type': 'Review',
    author: { '@type': 'Person', name: `Reviewer ${n}-${i}` },
    datePublished: `2026-0${1 + (n % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    reviewBody: `Page ${n}, review ${i}: the kettle ${i % 2 ? 'boils fast and quietly' : 'leaks after a week and support never answered'}.`,
    reviewRating: { '@type': 'Rating', ratingValue: 1 + ((n + i) % 5) },
  }));
  const cards = review.map((r) => `<article><img src="/avatar/${n}.jpg" alt=""><h3>${r.author.name}</h3><p>${r.reviewBody}</p></article>`).join('');
  const next = n < pages ? `<a rel="next" href="/reviews?page=${n + 1}">Next</a>` : '';
  return `<!DOCTYPE html><html lang="en"><head><title>Kettle reviews, page ${n}</title><link rel="stylesheet" href="/site.css">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Kettle', review })}</script></head>
<body><header><img src="/logo.png" alt=""></header><main>${cards}</main><nav>${next}</nav></body></html>`;
}

/** Figures from one run; `lines` is what to print. */
export interface ReviewPagesBenchResult {
  name: string;
  metrics: Record<string, number>;
  lines: string[];
}

export async function run(options: { pages?: number } = {}): Promise<ReviewPagesBenchResult> {
  const pages = Math.max(50, options.pages ?? 60);
  const server = await startFixtureServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture');
    if (url.pathname === '/reviews') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void response.end(reviewPage(Number(url.searchParams.get('page') ?? 1), pages));
    }
    if (url.pathname === '/site.css') {
      response.writeHead(200, { 'content-type': 'text/css' });
      return void response.end('article{margin:1em;font-family:sans-serif}');
    }
    if (url.pathname === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      return void response.end('User-agent: *\nAllow: /\n');
    }
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(Buffer.alloc(20_000)); // avatars and logo: what a page costs when images are not blocked
  }, { lifetimeMs: 15 * 60_000 });
  const executablePath = resolveChromiumPath();
  try {
    // The pool: one browser, one context, one page following the "next" links (politeness delay 0 on loopback,
    // as in the naive loop, so the comparison measures browser reuse alone).
    const pool = new BrowserPool({ executablePath, hostDelayMs: 0 });
    const poolStart = performance.now();
    const pooled = await collectReviews({ id: 'bench', url: `${server.url}/reviews?page=1`, maxPages: pages }, { pool, seen: () => false });
    const poolSeconds = (performance.now() - poolStart) / 1000;
    await pool.close();

    // The naive loop: launch a browser for every page, read it, close it.
    let naiveReviews = 0;
    const naiveStart = performance.now();
    for (let n = 1; n <= pages; n++) {
      const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
      const page = await browser.newPage();
      await page.goto(`${server.url}/reviews?page=${n}`, { waitUntil: 'load' });
      naiveReviews += extractReviews(await page.content(), { url: page.url() }).reviews.length;
      await browser.close();
    }
    const naiveSeconds = (performance.now() - naiveStart) / 1000;

    const poolPpm = (pages / poolSeconds) * 60;
    const naivePpm = (pages / naiveSeconds) * 60;
    const metrics = {
      pages,
      poolReviews: pooled.length,
      naiveReviews,
      poolSeconds: round(poolSeconds),
      naiveSeconds: round(naiveSeconds),
      poolPagesPerMinute: Math.round(poolPpm),
      naivePagesPerMinute: Math.round(naivePpm),
      speedup: round(poolPpm / naivePpm),
    };
    const lines = [
      `review-pages: ${pages} fixture review pages on 127.0.0.1 (${REVIEWS_PER_PAGE} JSON-LD reviews each), same run`,
      `  shared pool (1 browser, reused context, images blocked): ${metrics.poolPagesPerMinute} pages/min (${metrics.poolSeconds} s, ${metrics.poolReviews} reviews)`,
      `  naive loop (a browser launched per page):               ${metrics.naivePagesPerMinute} pages/min (${metrics.naiveSeconds} s, ${metrics.naiveReviews} reviews)`,
      `  speed-up: ${metrics.speedup}× (goal ≥ 5×) ${metrics.speedup >= 5 ? 'met' : 'NOT met'}`,
    ];
    return { name, metrics, lines };
  } finally {
    await server.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export default { name, run };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of (await run()).lines) console.log(line);
}
