// `vigia scrape` against a local fixture site: real Chromium, real HTTP, every bad page ending in a ScrapeError.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../reviews/browser/browser-pool.ts';
import type { RawReview } from '../reviews/review.ts';
import { ScrapeError } from '../reviews/scrape-error.ts';
import { startFixtureServer, type FixtureServer } from '../reviews/testing/fixture-server.ts';
import { runScrape } from './scrape.ts';

const REVIEWS_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Kettle</title>
<link rel="stylesheet" href="/fonts.css"><style>@font-face{font-family:Brand;src:url(/brand.woff2)} p{font-family:Brand}</style><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle",
"review":[{"@type":"Review","author":{"@type":"Person","name":"Ana"},"datePublished":"2026-03-01","reviewBody":"Boils fast.","reviewRating":{"ratingValue":5}},
{"@type":"Review","author":"Bo","reviewBody":"Lid broke.","reviewRating":{"ratingValue":"1"}}]}</script></head>
<body><img src="/photo.jpg"><video src="/clip.mp4"></video><p>Kettle</p></body></html>`;

let server: FixtureServer;
/** Another port on this machine: an internal service a public page must not lead the browser to. */
let internal: FixtureServer;
let pool: BrowserPool;
let flakyCalls = 0;

beforeAll(async () => {
  server = await startFixtureServer((request, response) => {
    const path = request.url ?? '/';
    const html = (body: string, status = 200, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      response.end(body);
    };
    if (path === '/robots.txt') return html('User-agent: *\nDisallow: /private\n');
    if (path === '/reviews' || path === '/private/reviews') return html(REVIEWS_PAGE);
    if (path === '/empty') return html('<html><body><h1>About us</h1></body></html>');
    if (path === '/huge') return html(`<html><body>${'<p>filler</p>'.repeat(900_000)}</body></html>`);
    if (path === '/hang') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return void response.write('<html><body><p>loading'); // never ends
    }
    if (path === '/loop') return html('', 302, { location: '/loop' });
    if (path === '/flaky') return ++flakyCalls === 1 ? html('busy', 503, { 'retry-after': '0' }) : html(REVIEWS_PAGE);
    if (path === '/down') return html('down', 503);
    if (path === '/limited') return html('slow down', 429);
    if (path === '/to-internal') return html('', 302, { location: `${internal.url}/reviews` });
    if (path === '/two-hops') return html('', 301, { location: '/to-internal' });
    if (path === '/to-huge') return html('', 302, { location: '/huge' });
    if (path === '/script-to-internal') return html(`<html><body><p id="out">none</p><script>fetch('${internal.url}/secret').then((r) => r.text()).then((t) => (document.getElementById('out').textContent = t))</script></body></html>`);
    return html('not found', 404);
  });
  internal = await startFixtureServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
    response.end(request.url === '/secret' ? 'internal secret' : REVIEWS_PAGE);
  });
  pool = new BrowserPool({ hostDelayMs: 0, navigationTimeoutMs: 3000, readyTimeoutMs: 1500, retries: 2, retryMinMs: 20 });
});

afterAll(async () => {
  await pool?.close();
  await server?.close();
  await internal?.close();
});

function sink() {
  const lines: string[] = [];
  return { lines, stream: { write: (chunk: string) => lines.push(chunk) > 0 } as unknown as NodeJS.WritableStream };
}

describe('runScrape', { timeout: 60_000 }, () => {
  it('prints each review of the page as one JSON line, without fetching images, fonts or media', async () => {
    const out = sink();
    const result = await runScrape(`${server.url}/reviews`, out.stream, { pool });
    expect(result).toEqual({ reviews: 2, problems: [] });
    const reviews = out.lines.map((line) => JSON.parse(line) as RawReview);
    expect(out.lines.every((line) => line.endsWith('\n'))).toBe(true);
    expect(reviews.map((r) => [r.platform, r.author.name, r.rating, r.publishedAt, r.text, r.itemReviewed])).toEqual([
      ['web', 'Ana', 1, '2026-03-01', 'Boils fast.', 'Kettle'],
      ['web', 'Bo', 0, undefined, 'Lid broke.', 'Kettle'],
    ]);
    expect([server.hits.get('/photo.jpg'), server.hits.get('/clip.mp4'), server.hits.get('/brand.woff2')]).toEqual([undefined, undefined, undefined]);
    expect(server.hits.get('/fonts.css')).toBe(1); // stylesheets still load: some sites render reviews with them
  });

  it('returns no reviews, with the reason, for a page that has none', async () => {
    const out = sink();
    expect(await runScrape(`${server.url}/empty`, out.stream, { pool })).toEqual({ reviews: 0, problems: ['web: no reviews found (looked for structured data)'] });
    expect(out.lines).toEqual([]);
  });

  it.each([
    ['/huge', /^scrape: page larger than 5242880 bytes: http:\/\/127\.0\.0\.1:\d+\/huge$/],
    ['/to-huge', /^scrape: page larger than 5242880 bytes: http:\/\/127\.0\.0\.1:\d+\/to-huge$/],
    ['/hang', /^scrape: timed out after 3000 ms loading http:\/\/127\.0\.0\.1:\d+\/hang$/],
    ['/loop', /^scrape: redirect loop.*: http:\/\/127\.0\.0\.1:\d+\/loop$/],
    ['/missing', /^scrape: HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/missing$/],
    ['/down', /^scrape: HTTP 503 from http:\/\/127\.0\.0\.1:\d+\/down after 3 attempts$/],
    ['/limited', /^scrape: HTTP 429 from http:\/\/127\.0\.0\.1:\d+\/limited after 3 attempts$/],
    ['/private/reviews', /^scrape: robots\.txt of http:\/\/127\.0\.0\.1:\d+ disallows \/private\/reviews$/],
  ])('ends %s in a named ScrapeError', async (path, message) => {
    const error = await runScrape(`${server.url}${path}`, sink().stream, { pool }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScrapeError);
    expect((error as ScrapeError).message).toMatch(message);
  });

  it('retries a 503 with backoff, asks a 404 only once, and keeps the pool usable after failures', async () => {
    expect(await runScrape(`${server.url}/flaky`, sink().stream, { pool })).toEqual({ reviews: 2, problems: [] });
    expect(server.hits.get('/flaky')).toBe(2);
    expect(server.hits.get('/down')).toBe(3);
    expect(server.hits.get('/missing')).toBe(1);
    expect((await runScrape(`${server.url}/reviews`, sink().stream, { pool })).reviews).toBe(2);
  });

  it('reads a robots-disallowed page only when the source says so, and refuses what is not a web URL', async () => {
    expect((await runScrape(`${server.url}/private/reviews`, sink().stream, { pool, robots: false })).reviews).toBe(2);
    await expect(runScrape('not a url', sink().stream, { pool })).rejects.toThrow('scrape: not a URL: not a url');
    await expect(runScrape('file:///etc/passwd', sink().stream, { pool })).rejects.toThrow('scrape: not an http(s) URL: file:///etc/passwd');
  });

  it('never lets a page lead the browser to another port or address on this machine', async () => {
    const redirected = await runScrape(`${server.url}/to-internal`, sink().stream, { pool }).catch((e: unknown) => e);
    expect(redirected).toBeInstanceOf(ScrapeError);
    expect((redirected as ScrapeError).message).toMatch(/^scrape: refused to go to http:\/\/127\.0\.0\.1:\d+\/reviews: 127\.0\.0\.1:\d+ is a private address/);
    await expect(runScrape(`${server.url}/two-hops`, sink().stream, { pool })).rejects.toThrow(/refused to go to http:\/\/127\.0\.0\.1:\d+\/reviews/);
    await runScrape(`${server.url}/script-to-internal`, sink().stream, { pool });
    expect([internal.hits.get('/reviews'), internal.hits.get('/secret')]).toEqual([undefined, undefined]);
    // The source itself may live there.
    expect((await runScrape(`${internal.url}/reviews`, sink().stream, { pool })).reviews).toBe(2);
  });

  it('starts and closes its own browser when no pool is given', async () => {
    const result = await runScrape(`${server.url}/reviews`, sink().stream, { poolOptions: { hostDelayMs: 0 } });
    expect(result.reviews).toBe(2);
  });
});
