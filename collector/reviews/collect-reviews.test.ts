// A review source read through the shared browser: pagination by link, "load more" and feed, stopping at stored reviews.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineSite } from '../sites/define-site.ts';
import { BrowserPool } from './browser-pool.ts';
import { collectReviews, type ReviewContext } from './collect-reviews.ts';
import { reviewKeyOf } from './review.ts';
import { startFixtureServer, type FixtureServer } from './testdata/fixture-server.ts';

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
