// A configured review source, collected through the shared browser: newest first, page by page, until known ground.
import { load } from 'cheerio';
import { resolveUrl } from './extract/schema-node.ts';
import { siteFor } from './sites/registry.ts';
import type { PageSnapshot, SiteRecipe } from './sites/site-recipe.ts';
import type { BrowserPool } from './browser/browser-pool.ts';
import type { PageSession } from './browser/page-session.ts';
import { reviewKeyOf, type RawReview } from './review.ts';
import { ScrapeError } from './scrape-error.ts';

/** A review source as configured. */
export interface ReviewSource {
  id: string;
  /** A page of the site (any page of the business or product; the recipe finds the newest reviews). */
  url: string;
  /** Pages (or "load more" rounds) read at most per run. @default 5 */
  maxPages?: number;
  /** Honour robots.txt. @default true */
  robots?: boolean;
}

/** What the pipeline lends a review source. */
export interface ReviewContext {
  pool: BrowserPool;
  /** True when a review with this key (see reviewKeyOf) is already stored: reading stops after that page. */
  seen(reviewKey: string): boolean | Promise<boolean>;
  /** Told about what was skipped and why (no reviews on a page, a later page that failed to load…). */
  onProblem?(problem: string): void;
  /** Picks the recipe for a URL. @default the site registry's `siteFor` */
  siteFor?(url: string): SiteRecipe;
  /** Aborted when the collector stops: the page is closed and the run ends at once. */
  signal?: AbortSignal;
}

/**
 * The source's reviews not stored yet, newest first. A first page that cannot be loaded throws a ScrapeError
 * (the pipeline records it as the source's error); a later page that fails ends the run with what was read.
 */
export async function collectReviews(source: ReviewSource, ctx: ReviewContext): Promise<RawReview[]> {
  const site = (ctx.siteFor ?? siteFor)(source.url);
  const start = site.newestUrl(new URL(source.url));
  const maxPages = source.maxPages ?? 5;
  const report = (problem: string) => ctx.onProblem?.(`${source.id}: ${problem}`);
  const options = { site: site.id, signal: ctx.signal, ...(source.robots === undefined ? {} : { robots: source.robots }) };
  return ctx.pool.session(start, options, async (session) => {
    let snapshot = await openSorted(session, site, start, report);
    const found: RawReview[] = [];
    const keys = new Set<string>();
    // The addresses asked for, not the one the page shows: a single-page app may rewrite its address to the
    // next page's (history.pushState) without having loaded it.
    const visited = new Set([start]);
    for (let page = 1; ; page++) {
      if (site.expand && site.format !== 'json') {
        if (await session.clickAll(site.expand)) snapshot = await session.snapshot();
      }
      const reading = site.extract(snapshot);
      for (const problem of reading.problems) report(`page ${page}: ${problem}`);
      let reachedStored = false;
      for (const review of reading.reviews) {
        const key = reviewKeyOf(review);
        if (keys.has(key)) continue; // already read: "load more" pages repeat the earlier reviews
        keys.add(key);
        if (await ctx.seen(key)) reachedStored = true;
        else found.push(review);
      }
      if (reachedStored || page >= maxPages || !reading.reviews.length) return found;
      const next = reading.next ?? nextLinkOf(snapshot, site.nextPage?.nextLink);
      try {
        if (next && !visited.has(next)) {
          visited.add(next);
          snapshot = await session.open(next, { format: site.format, ready: site.ready });
        } else if ((site.nextPage?.loadMore || site.nextPage?.scroll) && site.selectors) {
          if (!(await session.loadMore(site.nextPage, site.selectors.review))) return found;
          snapshot = await session.snapshot();
        } else return found;
      } catch (error) {
        if (!(error instanceof ScrapeError)) throw error;
        report(`stopped after page ${page}: ${error.message}`);
        return found;
      }
    }
  });
}

/** Opens the newest-first listing, clicking through the sort menu where the site has no URL for it. */
async function openSorted(session: PageSession, site: SiteRecipe, url: string, report: (problem: string) => void): Promise<PageSnapshot> {
  const snapshot = await session.open(url, { format: site.format, ready: site.ready });
  if (!site.newestClicks?.length || site.format === 'json') return snapshot;
  for (const selector of site.newestClicks) {
    if (!(await session.clickFirst(selector))) {
      report(`could not sort newest first (nothing to click at ${selector}); reading the default order`);
      return session.snapshot();
    }
  }
  return session.snapshot();
}

/** The absolute URL of the page's "next" link, if it has one. */
export function nextLinkOf(snapshot: PageSnapshot, selector: string | undefined): string | undefined {
  if (!selector) return undefined;
  const href = load(snapshot.body)(selector).first().attr('href');
  return href ? resolveUrl(href, snapshot.url) : undefined;
}
