// The one error the review scraper throws: every failure to fetch or read a review page, named and located.
import { VigiaError } from '../errors.ts';

/** Why a review page could not be scraped: robots.txt, HTTP status, size, timeout, redirect loop, no browser. */
export class ScrapeError extends VigiaError {
  /** Milliseconds the site asked us to wait before asking again (Retry-After), when it did. */
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    /** The page the failure is about, when there is one. */
    readonly url?: string,
    /** The HTTP status that ended the attempt, when one did. */
    readonly status?: number,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super('scrape', message, options);
    if (options?.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}
