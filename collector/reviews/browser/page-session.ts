// One page of the shared browser, used by one review source at a time: polite, bounded loads and clicks,
// read once settled, and an overall deadline per page that ends in a named error and closes the page.
import pRetry from 'p-retry';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { HostPaused } from '../../http/host-gate.ts';
import type { Politeness } from '../../http/politeness.ts';
import { quoteRemote } from '../../http/remote-text.ts';
import type { PageSnapshot } from '../sites/site-recipe.ts';
import { boundedBody, DocumentGuard, fetchDocument, type GuardSettings } from './document-guard.ts';
import { PageHolder } from './page-holder.ts';
import { isNavigationRace } from './page-settle.ts';
import { wallOf } from './page-walls.ts';
import { ScrapeError } from '../scrape-error.ts';

/** Limits and retry policy a session works within (see BrowserPoolOptions for defaults). */
export interface SessionSettings {
  navigationTimeoutMs: number;
  readyTimeoutMs: number;
  maxPageBytes: number;
  retries: number;
  retryMinMs: number;
  /** Minimum time between two requests to one host. */
  hostDelayMs: number;
  /** Longest one page may take, from asking for it to reading it; each "load more" round gets as long. */
  pageDeadlineMs: number;
}

/** What one session is for: the source it reads, whether robots.txt applies, and when to give up. */
export interface SessionScope extends Pick<GuardSettings, 'trusted' | 'resolve'> {
  politeness: Politeness;
  robots: boolean;
  /** Aborted when the collector stops: the page is closed and the session ends. */
  signal?: AbortSignal;
}

/** A 429 or 5xx answer: worth another try after a backoff. */
class RetryableStatus extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

type LoadOptions = { format?: 'html' | 'json'; ready?: string };

export class PageSession {
  private readonly guard: DocumentGuard;
  private readonly holder: PageHolder;

  constructor(
    private readonly context: BrowserContext,
    private readonly settings: SessionSettings,
    private readonly scope: SessionScope,
    /** Closes this session's whole context: the way out when its page will not close. */
    dropContext: () => Promise<void> = () => context.close(),
  ) {
    this.guard = new DocumentGuard({ ...settings, trusted: scope.trusted, resolve: scope.resolve });
    this.holder = new PageHolder(context, this.guard, settings, scope.signal, dropContext);
  }

  /** Loads `url` (rendered, or as a JSON document) and returns it once `ready` shows or the page has settled. */
  async open(url: string, options: LoadOptions = {}): Promise<PageSnapshot> {
    const host = new URL(url).host;
    if (this.scope.robots) {
      const refusal = await this.scope.politeness.robotsRefusal(new URL(url));
      if (refusal) throw new ScrapeError(refusal, url);
    }
    this.holder.startDeadline(url);
    try {
      return await this.holder.within((signal) =>
        pRetry(() => this.attempt(url, host, options, signal), {
          retries: this.settings.retries,
          minTimeout: this.settings.retryMinMs,
          factor: 2,
          randomize: true,
          signal,
          shouldRetry: ({ error }) => error instanceof RetryableStatus,
        }),
      );
    } catch (error) {
      if (error instanceof RetryableStatus) {
        throw new ScrapeError(`HTTP ${error.status} from ${url} after ${this.settings.retries + 1} attempts`, url, error.status);
      }
      throw error;
    }
  }

  /** The page as it is now, once it has settled. */
  async snapshot(): Promise<PageSnapshot> {
    return this.holder.within(() => this.read());
  }

  /** Clicks the first element matching `selector`; false when there is none to click. */
  async clickFirst(selector: string): Promise<boolean> {
    return this.holder.within(async (signal) => {
      const page = await this.holder.pageFor();
      return this.politely(page, signal, () => page.locator(selector).first().click({ timeout: this.settings.readyTimeoutMs }).then(() => true, () => false));
    });
  }

  /** Clicks every element matching `selector` (e.g. "More" buttons); returns how many were clicked. */
  async clickAll(selector: string): Promise<number> {
    return this.holder.within(async () => {
      const page = await this.holder.pageFor();
      let clicked = 0;
      for (const button of await page.locator(selector).all()) {
        if (await button.click({ timeout: this.settings.readyTimeoutMs }).then(() => true, () => false)) clicked++;
      }
      return clicked;
    });
  }

  /**
   * Asks for more reviews with a "load more" button or by scrolling a list to its end, and waits until more
   * elements match `reviewSelector`. False when there was nothing to click or nothing new arrived in time.
   * Each round is a page of its own, with its own deadline.
   */
  async loadMore(how: { loadMore?: string; scroll?: string }, reviewSelector: string): Promise<boolean> {
    const page = await this.holder.pageFor();
    this.holder.startDeadline(page.url());
    return this.holder.within(async (signal) => {
      await (await this.holder.watchFor()).settle();
      const before = await page.locator(reviewSelector).count();
      return this.politely(page, signal, () => this.askForMore(page, how, reviewSelector, before));
    });
  }

  async close(): Promise<void> {
    await this.holder.close();
  }

  private async askForMore(page: Page, how: { loadMore?: string; scroll?: string }, reviewSelector: string, before: number): Promise<boolean> {
    const timeout = this.settings.readyTimeoutMs;
    if (how.loadMore) {
      const button = page.locator(how.loadMore).first();
      if (!(await button.isVisible())) return false;
      if (!(await button.click({ timeout }).then(() => true, () => false))) return false;
    } else if (how.scroll) {
      const scrolled = await page.locator(how.scroll).first().evaluate((list) => list.scrollTo(0, list.scrollHeight), undefined, { timeout }).then(() => true, () => false);
      if (!scrolled) return false;
    } else return false;
    return page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length > count, { selector: reviewSelector, count: before }, { timeout }).then(() => true, () => false);
  }

  /** Runs `request` in the host's turn, spaced from the host's other requests. */
  private async politely<T>(page: Page, signal: AbortSignal, request: () => Promise<T>): Promise<T> {
    const host = new URL(page.url()).host;
    await this.waitForTurn(host, signal);
    try {
      return await request();
    } finally {
      this.scope.politeness.gate.afterRequest(host, this.settings.hostDelayMs);
    }
  }

  private async waitForTurn(host: string, signal: AbortSignal): Promise<void> {
    try {
      await this.scope.politeness.gate.beforeRequest(host, { gapMs: this.settings.hostDelayMs, maxWaitMs: this.holder.deadline.at - Date.now(), signal });
    } catch (error) {
      if (!(error instanceof HostPaused)) throw error;
      throw new ScrapeError(`${this.holder.deadline.url}: ${error.message}`, this.holder.deadline.url, undefined, { retryAfterMs: error.retryAfterMs });
    }
  }

  private async attempt(url: string, host: string, options: LoadOptions, signal: AbortSignal): Promise<PageSnapshot> {
    await this.waitForTurn(host, signal);
    try {
      return options.format === 'json' ? await this.loadDocument(url, host) : await this.load(url, host, options);
    } finally {
      this.scope.politeness.gate.afterRequest(host, this.settings.hostDelayMs);
    }
  }

  private async load(url: string, host: string, options: LoadOptions): Promise<PageSnapshot> {
    const page = await this.holder.pageFor();
    this.guard.reset(true);
    let target = url;
    let response: Response | null | undefined;
    // Each redirect is navigated to anew, so every hop is routed through the guard (checked, bounded).
    for (;;) {
      response = await page.goto(target, { waitUntil: 'domcontentloaded', timeout: this.settings.navigationTimeoutMs }).catch((error: unknown) => {
        if (this.guard.redirectTo) return undefined;
        // The page sent itself elsewhere before it was ready: read where it settles.
        if (isNavigationRace(error) && !this.guard.failure) return undefined;
        throw this.loadError(url, error);
      });
      if (!this.guard.redirectTo) break;
      target = this.guard.redirectTo;
      this.guard.follow();
    }
    this.guard.landed();
    if (response) this.checkStatus(url, host, response.status(), response.headers()['retry-after']);
    // Bounded waits for the content, never fixed sleeps; a page without the marker is read as it is.
    if (options.ready) await page.waitForSelector(options.ready, { timeout: this.settings.readyTimeoutMs }).catch(() => undefined);
    const snapshot = await this.read();
    const wall = wallOf(snapshot);
    if (wall) throw new ScrapeError(`${wall.name} stands in front of the reviews at ${url} (reached ${snapshot.url}): ${wall.advice}`, url);
    return snapshot;
  }

  /** The settled page; a navigation the guard refused since the last load (a redirect loop, a private address) is an error, not a page. */
  private async read(): Promise<PageSnapshot> {
    const snapshot = await (await this.holder.watchFor()).read();
    if (this.guard.failure) throw new ScrapeError(`${this.guard.failure}: ${this.holder.deadline.url}`, this.holder.deadline.url);
    return snapshot;
  }

  private async loadDocument(url: string, host: string): Promise<PageSnapshot> {
    const { response, url: finalUrl } = await fetchDocument(this.context.request, url, this.guard, this.settings.navigationTimeoutMs).catch((error: unknown) => {
      throw this.loadError(url, error);
    });
    this.checkStatus(url, host, response.status(), response.headers()['retry-after']);
    const body = await boundedBody(response, url, this.settings.maxPageBytes);
    return { url: finalUrl, body: body.toString('utf8') };
  }

  private checkStatus(url: string, host: string, status: number, retryAfter: string | undefined): void {
    if (status === 429 || status >= 500) {
      this.scope.politeness.noteAnswer(host, status, retryAfter);
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
    if (timedOut) return new ScrapeError(`timed out after ${this.settings.navigationTimeoutMs} ms loading ${url}`, url, undefined, { cause: error });
    return new ScrapeError(`could not load ${url}: ${quoteRemote(message.split('\n')[0] ?? '')}`, url, undefined, { cause: error });
  }
}
