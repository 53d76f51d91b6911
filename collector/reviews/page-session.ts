// One page of the shared browser, used by one review source at a time: polite, bounded loads and clicks.
import pRetry from 'p-retry';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageSnapshot } from '../sites/site-recipe.ts';
import { boundedBody, DocumentGuard, MAX_REDIRECTS } from './document-guard.ts';
import type { HostGate } from '../http/host-gate.ts';
import { wallOf } from './page-walls.ts';
import type { RobotsRules } from '../http/robots-rules.ts';
import { ScrapeError } from './scrape-error.ts';

/** Limits and retry policy a session works within (see BrowserPoolOptions for defaults). */
export interface SessionSettings {
  navigationTimeoutMs: number;
  readyTimeoutMs: number;
  maxPageBytes: number;
  retries: number;
  retryMinMs: number;
}

/** Longest Retry-After we wait for before the next attempt. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** A 429 or 5xx answer: worth another try after a backoff. */
class RetryableStatus extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export class PageSession {
  private page?: Page;
  private readonly guard: DocumentGuard;

  constructor(
    private readonly context: BrowserContext,
    private readonly settings: SessionSettings,
    private readonly gate: HostGate,
    private readonly robots: RobotsRules | undefined,
  ) {
    this.guard = new DocumentGuard(settings);
  }

  /** Loads `url` (rendered, or as a JSON document) and returns it once `ready` shows or the page has loaded. */
  async open(url: string, options: { format?: 'html' | 'json'; ready?: string } = {}): Promise<PageSnapshot> {
    const host = new URL(url).host;
    if (this.robots) {
      const verdict = await this.robots.check(url);
      if (!verdict.allowed) throw new ScrapeError(verdict.reason ?? `robots.txt disallows ${url}`, url);
      if (verdict.crawlDelayMs) this.gate.setGap(host, verdict.crawlDelayMs);
    }
    try {
      return await pRetry(() => this.attempt(url, host, options), {
        retries: this.settings.retries,
        minTimeout: this.settings.retryMinMs,
        factor: 2,
        randomize: true,
        shouldRetry: ({ error }) => error instanceof RetryableStatus,
      });
    } catch (error) {
      if (error instanceof RetryableStatus) {
        throw new ScrapeError(`HTTP ${error.status} from ${url} after ${this.settings.retries + 1} attempts`, url, error.status);
      }
      throw error;
    }
  }

  /** The page as it is now. */
  async snapshot(): Promise<PageSnapshot> {
    const page = await this.pageFor();
    return { url: page.url(), body: await page.content() };
  }

  /** Clicks the first element matching `selector`; false when there is none to click. */
  async clickFirst(selector: string): Promise<boolean> {
    const page = await this.pageFor();
    const host = new URL(page.url()).host;
    await this.gate.beforeRequest(host);
    try {
      return await page.locator(selector).first().click({ timeout: this.settings.readyTimeoutMs }).then(() => true, () => false);
    } finally {
      this.gate.afterRequest(host);
    }
  }

  /** Clicks every element matching `selector` (e.g. "More" buttons); returns how many were clicked. */
  async clickAll(selector: string): Promise<number> {
    const page = await this.pageFor();
    let clicked = 0;
    for (const button of await page.locator(selector).all()) {
      if (await button.click({ timeout: this.settings.readyTimeoutMs }).then(() => true, () => false)) clicked++;
    }
    return clicked;
  }

  /**
   * Asks for more reviews with a "load more" button or by scrolling a list to its end, and waits until more
   * elements match `reviewSelector`. False when there was nothing to click or nothing new arrived in time.
   */
  async loadMore(how: { loadMore?: string; scroll?: string }, reviewSelector: string): Promise<boolean> {
    const page = await this.pageFor();
    const before = await page.locator(reviewSelector).count();
    const host = new URL(page.url()).host;
    await this.gate.beforeRequest(host);
    try {
      return await this.askForMore(page, how, reviewSelector, before);
    } finally {
      this.gate.afterRequest(host);
    }
  }

  private async askForMore(page: Page, how: { loadMore?: string; scroll?: string }, reviewSelector: string, before: number): Promise<boolean> {
    if (how.loadMore) {
      const button = page.locator(how.loadMore).first();
      if (!(await button.isVisible())) return false;
      if (!(await button.click({ timeout: this.settings.readyTimeoutMs }).then(() => true, () => false))) return false;
    } else if (how.scroll) {
      const scrolled = await page.locator(how.scroll).first().evaluate((list) => list.scrollTo(0, list.scrollHeight), undefined, { timeout: this.settings.readyTimeoutMs }).then(() => true, () => false);
      if (!scrolled) return false;
    } else return false;
    return page
      .waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length > count, { selector: reviewSelector, count: before }, { timeout: this.settings.readyTimeoutMs })
      .then(() => true, () => false);
  }

  async close(): Promise<void> {
    await this.page?.close().catch(() => undefined);
    this.page = undefined;
  }

  private async attempt(url: string, host: string, options: { format?: 'html' | 'json'; ready?: string }): Promise<PageSnapshot> {
    await this.gate.beforeRequest(host);
    try {
      return await this.load(url, host, options);
    } finally {
      this.gate.afterRequest(host);
    }
  }

  private async load(url: string, host: string, options: { format?: 'html' | 'json'; ready?: string }): Promise<PageSnapshot> {
    if (options.format === 'json') return this.fetchDocument(url, host);
    const page = await this.pageFor();
    this.guard.reset();
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: this.settings.navigationTimeoutMs }).catch((error: unknown) => {
      throw this.loadError(url, error);
    });
    if (!response) throw new ScrapeError(`no response for ${url}`, url);
    this.checkStatus(url, host, response.status(), response.headers()['retry-after']);
    // Bounded waits for the content, never fixed sleeps; a page without the marker is read as it is.
    if (options.ready) await page.waitForSelector(options.ready, { timeout: this.settings.readyTimeoutMs }).catch(() => undefined);
    else await page.waitForLoadState('load', { timeout: this.settings.readyTimeoutMs }).catch(() => undefined);
    const snapshot = await this.snapshot();
    const wall = wallOf(snapshot);
    if (wall) throw new ScrapeError(`${wall.name} stands in front of the reviews at ${url} (reached ${snapshot.url}): ${wall.advice}`, url);
    return snapshot;
  }

  private async fetchDocument(url: string, host: string): Promise<PageSnapshot> {
    const response = await this.context.request
      .get(url, { timeout: this.settings.navigationTimeoutMs, maxRedirects: MAX_REDIRECTS, failOnStatusCode: false })
      .catch((error: unknown) => {
        throw this.loadError(url, error);
      });
    this.checkStatus(url, host, response.status(), response.headers()['retry-after']);
    const body = await boundedBody(response, url, this.settings.maxPageBytes);
    return { url: response.url(), body: body.toString('utf8') };
  }

  private checkStatus(url: string, host: string, status: number, retryAfter: string | undefined): void {
    if (status === 429 || status >= 500) {
      const waitMs = retryAfterMs(retryAfter);
      if (waitMs !== undefined) this.gate.pause(host, Math.min(waitMs, MAX_RETRY_AFTER_MS));
      throw new RetryableStatus(status);
    }
    if (status >= 400) throw new ScrapeError(`HTTP ${status} for ${url}`, url, status);
  }

  private loadError(url: string, error: unknown): ScrapeError {
    if (error instanceof ScrapeError) return error;
    const message = error instanceof Error ? error.message : String(error);
    const timedOut = this.guard.failure === 'timed out' || (error instanceof Error && error.name === 'TimeoutError');
    if (this.guard.failure && !timedOut) return new ScrapeError(`${this.guard.failure}: ${url}`, url, undefined, { cause: error });
    if (/ERR_TOO_MANY_REDIRECTS|redirect count exceeded/i.test(message)) return new ScrapeError(`redirect loop: ${url}`, url, undefined, { cause: error });
    if (timedOut) {
      return new ScrapeError(`timed out after ${this.settings.navigationTimeoutMs} ms loading ${url}`, url, undefined, { cause: error });
    }
    return new ScrapeError(`could not load ${url}: ${message.split('\n')[0]}`, url, undefined, { cause: error });
  }

  private async pageFor(): Promise<Page> {
    if (!this.page) {
      const page = await this.context.newPage();
      await this.guard.install(page);
      this.page = page;
    }
    return this.page;
  }
}

/** Retry-After in milliseconds, from seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
