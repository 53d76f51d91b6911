// The page a session reads, and the time it may take: made on demand with its guard and navigation watch,
// given a deadline per page that closes it (ending whatever Chromium was doing for it) with a named error,
// and closed for sure — through its context when Chromium will not close it.
import type { BrowserContext, Page } from 'playwright-core';
import { clampDelay } from '../../duration.ts';
import { untilAborted } from '../../http/host-gate.ts';
import type { DocumentGuard } from './document-guard.ts';
import { PageWatch } from './page-settle.ts';
import { ScrapeError } from '../scrape-error.ts';

/** How long a page may take to close before its context is closed instead. */
const PAGE_CLOSE_GRACE_MS = 3000;

export class PageHolder {
  private page?: Page;
  private watch?: PageWatch;
  private closed = false;
  /** When the current page must be read by, and which page that is. */
  deadline = { at: 0, url: '' };

  constructor(
    private readonly context: BrowserContext,
    private readonly guard: DocumentGuard,
    private readonly settings: { readyTimeoutMs: number; pageDeadlineMs: number },
    /** Aborted when the collector stops. */
    private readonly stop: AbortSignal | undefined,
    /** Closes the whole context: the way out when its page will not close. */
    private readonly dropContext: () => Promise<void>,
  ) {}

  /** Starts the clock for reading `url`. */
  startDeadline(url: string): void {
    this.deadline = { at: Date.now() + this.settings.pageDeadlineMs, url };
  }

  /**
   * Runs `work` before the current page's deadline. When the deadline passes (or the collector stops) the
   * page is closed, which ends whatever Chromium was still doing for it, and a named ScrapeError is thrown.
   */
  async within<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const { url } = this.deadline;
    const expired = () => new ScrapeError(`${url} did not settle within ${this.settings.pageDeadlineMs} ms (it kept loading or navigating)`, url);
    const remaining = this.deadline.at - Date.now();
    if (remaining <= 0) throw expired();
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(expired()), clampDelay(remaining));
    const signal = this.stop ? AbortSignal.any([timer.signal, this.stop]) : timer.signal;
    try {
      return await untilAborted(work(signal), signal);
    } catch (error) {
      if (timer.signal.aborted || this.stop?.aborted) {
        await this.discard();
        throw timer.signal.aborted ? expired() : new ScrapeError(`stopped while reading ${url}`, url, undefined, { cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timeout);
    }
  }

  /** The session's page, made (with its guard and watch) on first use. */
  async pageFor(): Promise<Page> {
    if (this.closed) throw new ScrapeError('the page session is closed', this.deadline.url);
    if (!this.page) {
      const page = await this.context.newPage();
      // A deadline or a stop may have closed the session while the page was being made.
      if (this.closed) {
        await page.close().catch(() => undefined);
        throw new ScrapeError('the page session is closed', this.deadline.url);
      }
      await this.guard.install(page);
      this.page = page;
      this.watch = new PageWatch(page, this.settings.readyTimeoutMs);
    }
    return this.page;
  }

  async watchFor(): Promise<PageWatch> {
    const page = await this.pageFor();
    this.watch ??= new PageWatch(page, this.settings.readyTimeoutMs);
    return this.watch;
  }

  /** Closes the page; the holder cannot make another. */
  async close(): Promise<void> {
    this.closed = true;
    await this.discard();
  }

  private async discard(): Promise<void> {
    const page = this.page;
    this.page = undefined;
    this.watch = undefined;
    if (!page) return;
    // Chromium can wait for ever to close a page with a navigation pending (a page that keeps navigating);
    // closing its context always works, and the pool makes a new one for the host's next session.
    const closed = await untilAborted(
      page.close({ runBeforeUnload: false }).then(() => true, () => true),
      AbortSignal.timeout(PAGE_CLOSE_GRACE_MS),
    ).catch(() => false);
    if (!closed) {
      this.closed = true;
      await this.dropContext();
    }
  }
}
