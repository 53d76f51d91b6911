// A review source read through the shared browser: pagination by link, "load more" and feed, stopping at stored reviews.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineSite } from './sites/define-site.ts';
import { BrowserPool } from './browser/browser-pool.ts';
import { collectReviews, type ReviewContext } from './collect-reviews.ts';
import { reviewKeyOf } from './review.ts';
import { ScrapeError } from './scrape-error.ts';
import { startFixtureServer, type FixtureServer } from './testing/fixture-server.ts';

/** Page n of a listing: three JSON-LD reviews, newest first, and a rel=next link while there are more. */
function listingPage(n: number, last = 6): string {
  const reviews = [0, 1, 2].map((i) => ({ '@type': 'Review', author: `user${n}-${i}`, reviewBody: `Review ${n}.${i}`, reviewRating: { ratingValue: 1 + ((n + i) % 5) } }));
  const next = n < last ? `<a rel="next" href="/list?page=${n + 1}">Next</a>` : '';
  return `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Kettle', review: reviews })}</script></head><body>${next}</body></html>`;
}

/** A page that shows two reviews and fetches two more per click on "Load more" (six in all). */
const LOAD_MORE_PAGE = `<html><body><div id="list"><div class="r">A</div><div class="r">B</div></div><button id="more">Load more</button>
<script>document.getElementById('more').addEventListener('click', async () => {
  const list = document.getElementById('list');
  const html = await (await fetch('/more?offset=' + list.children.length)).text();
  list.insertAdjacentHTML('beforeend', html);
  if (list.children.length >= 6) document.getElementById('more').remove();
});</script></body></html>`;

let server: FixtureServer;
let pool: BrowserPool;
const requestTimes: number[] = [];

beforeAll(async () => {
  server = await startFixtureServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname !== '/robots.txt') requestTimes.push(performance.now());
    const send = (body: string, type = 'text/html', status = 200) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (url.pathname === '/list') return send(listingPage(Number(url.searchParams.get('page') ?? 1)));
    if (url.pathname === '/broken-list') return send(listingPage(1).replace('/list?page=2', '/gone'));
    if (url.pathname === '/cards') return send(LOAD_MORE_PAGE);
    if (url.pathname === '/more') {
      const offset = Number(url.searchParams.get('offset'));
      return send(`<div class="r">${String.fromCharCode(65 + offset)}</div><div class="r">${String.fromCharCode(66 + offset)}</div>`);
    }
    // Pages that navigate while being read: a script redirect during loading, a meta refresh, a single-page
    // app that rewrites its URL to the next page's, and one that reloads itself for ever.
    if (url.pathname === '/js-redirect') return send('<html><head><script>location.replace("/list?page=1")</script></head><body>Redirecting…</body></html>');
    if (url.pathname === '/meta-refresh') return send('<html><head><meta http-equiv="refresh" content="0; url=/list?page=1"></head><body>Redirecting…</body></html>');
    if (url.pathname === '/spa') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const push = page === 1 ? '<script>history.pushState({}, "", "/spa?page=2")</script>' : '';
      return send(listingPage(page, 2).replace('/list?page=2', '/spa?page=2').replace('</head>', `${push}</head>`));
    }
    if (url.pathname === '/restless') return send(listingPage(1, 1).replace('</head>', '<script>addEventListener("load", () => setTimeout(() => location.replace("/restless?at=" + Date.now()), 10))</script></head>'));
    if (url.pathname === '/iconic') return send('<html><head><link rel="icon" href="/brand.ico"></head><body><p>Kettle</p></body></html>');
    if (url.pathname === '/feed') {
      const page = Number(url.searchParams.get('page') ?? 1);
      return send(JSON.stringify({ reviews: [`f${page}a`, `f${page}b`], next: page < 3 ? `/feed?page=${page + 1}` : null }), 'application/json');
    }
    return send('not found', 'text/plain', 404);
  });
  pool = new BrowserPool({ hostDelayMs: 0, navigationTimeoutMs: 5000, readyTimeoutMs: 2000, retries: 0 });
});

afterAll(async () => {
  await pool?.close();
  await server?.close();
});

const cardsSite = defineSite({
  id: 'cards',
  name: 'Load-more fixture',
  example: 'http://127.0.0.1/cards',
  isSupported: (url) => url.pathname === '/cards',
  newestUrl: (url) => url.toString(),
  ready: 'div.r',
  selectors: { review: 'div.r', body: { pattern: /.+/ } },
  nextPage: { loadMore: 'button#more' },
});

const feedSite = defineSite({
  id: 'feed',
  name: 'JSON feed fixture',
  example: 'http://127.0.0.1/feed',
  isSupported: (url) => url.pathname === '/feed',
  newestUrl: (url) => url.toString(),
  format: 'json',
  readEmbedded: (page) => {
    const { reviews, next } = JSON.parse(page.body) as { reviews: string[]; next: string | null };
    return {
      reviews: reviews.map((id) => ({ platform: 'feed', externalId: id, url: page.url, pageUrl: page.url, author: {}, text: id })),
      problems: [],
      ...(next ? { next: new URL(next, page.url).toString() } : {}),
    };
  },
});

function context(stored: Set<string> = new Set(), problems: string[] = []): ReviewContext {
  return {
    pool,
    seen: (key) => stored.has(key),
    onProblem: (problem) => problems.push(problem),
    siteFor: (url) => [cardsSite, feedSite].find((site) => site.isSupported(new URL(url))) ?? defineSite({ ...cardsSite, id: 'web', selectors: undefined, ready: undefined, nextPage: { nextLink: 'a[rel=next]' } }),
  };
}

describe('collectReviews', { timeout: 60_000 }, () => {
  it('follows next links newest first, up to maxPages', async () => {
    const reviews = await collectReviews({ id: 'kettle', url: `${server.url}/list?page=1`, maxPages: 3 }, context());
    expect(reviews.map((r) => r.text)).toEqual(['Review 1.0', 'Review 1.1', 'Review 1.2', 'Review 2.0', 'Review 2.1', 'Review 2.2', 'Review 3.0', 'Review 3.1', 'Review 3.2']);
    expect(server.hits.get('/list?page=4')).toBeUndefined();
  });

  it('stops after the page where it meets a review already stored', async () => {
    const all = await collectReviews({ id: 'kettle', url: `${server.url}/list?page=1`, maxPages: 6 }, context());
    const stored = new Set([reviewKeyOf(all.find((r) => r.text === 'Review 2.1')!)]);
    const before = server.hits.get('/list?page=3') ?? 0;
    const fresh = await collectReviews({ id: 'kettle', url: `${server.url}/list?page=1`, maxPages: 6 }, context(stored));
    expect(fresh.map((r) => r.text)).toEqual(['Review 1.0', 'Review 1.1', 'Review 1.2', 'Review 2.0', 'Review 2.2']);
    expect(server.hits.get('/list?page=3') ?? 0).toBe(before);
  });

  it('clicks "load more" until the button goes, keeping each review once', async () => {
    const reviews = await collectReviews({ id: 'cards', url: `${server.url}/cards`, maxPages: 10 }, context());
    expect(reviews.map((r) => r.text)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(server.hits.get('/more?offset=2')).toBe(1);
  });

  it('pages through a JSON feed by its next links', async () => {
    const reviews = await collectReviews({ id: 'feed', url: `${server.url}/feed`, maxPages: 5 }, context());
    expect(reviews.map((r) => r.externalId)).toEqual(['f1a', 'f1b', 'f2a', 'f2b', 'f3a', 'f3b']);
  });

  it('keeps what it read when a later page fails, and says why it stopped', async () => {
    const problems: string[] = [];
    const reviews = await collectReviews({ id: 'broken', url: `${server.url}/broken-list` }, context(new Set(), problems));
    expect(reviews).toHaveLength(3);
    expect(problems).toEqual([expect.stringMatching(/^broken: stopped after page 1: scrape: HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/gone$/)]);
  });

  it('throws a ScrapeError when the first page cannot be read', async () => {
    await expect(collectReviews({ id: 'gone', url: `${server.url}/nothing-here` }, context())).rejects.toThrow(/^scrape: HTTP 404/);
  });

  it('reads where a script redirect or a meta refresh leads, once the page has settled', async () => {
    for (const path of ['/js-redirect', '/meta-refresh']) {
      const problems: string[] = [];
      const reviews = await collectReviews({ id: 'moving', url: `${server.url}${path}`, maxPages: 1 }, context(new Set(), problems));
      expect(reviews.map((r) => r.text), path).toEqual(['Review 1.0', 'Review 1.1', 'Review 1.2']);
      expect(problems, path).toEqual([]);
    }
  });

  it('follows the next page of a single-page app that rewrote its address to that page\'s', async () => {
    const reviews = await collectReviews({ id: 'spa', url: `${server.url}/spa`, maxPages: 2 }, context());
    expect(reviews.map((r) => r.text)).toEqual(['Review 1.0', 'Review 1.1', 'Review 1.2', 'Review 2.0', 'Review 2.1', 'Review 2.2']);
  });

  it('ends a page that never stops navigating with a named error, or reads it, but never hangs or fails half-way', async () => {
    const restless = new BrowserPool({ hostDelayMs: 0, navigationTimeoutMs: 5000, readyTimeoutMs: 2000, retries: 0, pageDeadlineMs: 8000 });
    try {
      const outcome = await collectReviews({ id: 'restless', url: `${server.url}/restless`, maxPages: 1 }, { ...context(), pool: restless }).then(
        (reviews) => reviews.map((r) => r.text).join(', '),
        (error: unknown) => (error instanceof ScrapeError ? 'named error' : String(error)),
      );
      expect(['Review 1.0, Review 1.1, Review 1.2', 'named error']).toContain(outcome);
    } finally {
      await restless.close();
    }
  });

  it('never lets Chromium fetch a page icon on its own, outside the host\'s turn', async () => {
    const snapshot = await pool.session(`${server.url}/iconic`, { site: 'web' }, (session) => session.open(`${server.url}/iconic`));
    expect(snapshot.body).toContain('<link rel="icon" href="data:,">');
    expect(snapshot.body).not.toContain('/brand.ico');
    expect(server.hits.get('/brand.ico')).toBeUndefined();
  });

  it('reads one host one page at a time, with the configured gap between requests', async () => {
    const polite = new BrowserPool({ hostDelayMs: 250, navigationTimeoutMs: 5000, readyTimeoutMs: 2000, retries: 0 });
    try {
      requestTimes.length = 0;
      const ctx = { ...context(), pool: polite };
      await Promise.all([
        collectReviews({ id: 'a', url: `${server.url}/list?page=1`, maxPages: 2 }, ctx),
        collectReviews({ id: 'b', url: `${server.url}/list?page=4`, maxPages: 2 }, ctx),
      ]);
      expect(requestTimes).toHaveLength(4);
      const gaps = requestTimes.slice(1).map((t, i) => t - requestTimes[i]!);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(240);
      expect(server.maxInFlight).toBe(1);
    } finally {
      await polite.close();
    }
  });
});
