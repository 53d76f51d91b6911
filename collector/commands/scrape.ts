// `vigia scrape URL`: the reviews of one page as JSON lines, through the same browser and recipes as sources.
import { BrowserPool, type BrowserPoolOptions } from '../reviews/browser/browser-pool.ts';
import type { RawReview } from '../reviews/review.ts';
import { ScrapeError } from '../reviews/scrape-error.ts';
import { siteFor } from '../reviews/sites/registry.ts';

export interface ScrapeOptions {
  /** A pool to reuse; otherwise one is started and closed for this page. */
  pool?: BrowserPool;
  /** Settings for the pool started here. */
  poolOptions?: BrowserPoolOptions;
  /** Honour robots.txt. @default true */
  robots?: boolean;
}

/**
 * Prints one RawReview per line for the page at `url` (App Store pages: their review feed). Resolves with the
 * count and the reasons a page gave no or fewer reviews; rejects with a ScrapeError when the page cannot be read.
 */
export async function runScrape(url: string, output: NodeJS.WritableStream, opts: ScrapeOptions = {}): Promise<{ reviews: number; problems: string[] }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ScrapeError(`not a URL: ${url}`, url);
  }
  const site = siteFor(parsed);
  const target = site.format === 'json' ? site.newestUrl(parsed) : parsed.toString();
  const pool = opts.pool ?? new BrowserPool(opts.poolOptions);
  try {
    const session = opts.robots === undefined ? { site: site.id } : { site: site.id, robots: opts.robots };
    const { reviews, problems } = await pool.session(target, session, async (page) => {
      let snapshot = await page.open(target, { format: site.format, ready: site.ready });
      if (site.expand && site.format !== 'json' && (await page.clickAll(site.expand))) snapshot = await page.snapshot();
      return site.extract(snapshot);
    });
    for (const review of reviews) output.write(`${JSON.stringify(review satisfies RawReview)}\n`);
    return { reviews: reviews.length, problems };
  } finally {
    if (!opts.pool) await pool.close();
  }
}
