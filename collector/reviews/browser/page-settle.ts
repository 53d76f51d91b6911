// Reading a page only once it has settled: its document loaded, no navigation of the main frame under way,
// none announced (a meta refresh). A read that still races a navigation (a script sets location while we
// read) is retried once on the new document; a page that keeps navigating ends in a named error.
import type { Page, Request } from 'playwright-core';
import type { PageSnapshot } from '../sites/site-recipe.ts';
import { ScrapeError } from '../scrape-error.ts';

/** Settling rounds before reading anyway: each waits for one more document to load. */
const MAX_SETTLE_ROUNDS = 4;

/** Errors Playwright gives when the document changed under a call: a navigation race, not a broken page. */
export function isNavigationRace(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /page is navigating|execution context was destroyed|frame was detached|interrupted by another navigation|navigated to|context.*(?:was|got) (?:destroyed|detached)/i.test(message);
}

/** Watches one page's main-frame navigations, so a read can wait until none is under way. */
export class PageWatch {
  /** Main-frame navigation requests seen (redirect hops included). */
  private started = 0;
  /** `started` when the main frame last finished loading (or its last navigation failed, leaving the document as it was). */
  private startedAtLoad = 0;
  /** Documents committed in the main frame. */
  private commits = 0;

  constructor(
    private readonly page: Page,
    private readonly readyTimeoutMs: number,
  ) {
    const isMainNavigation = (request: Request) => request.isNavigationRequest() && request.frame() === page.mainFrame();
    page.on('request', (request) => {
      if (isMainNavigation(request)) this.started++;
    });
    page.on('requestfailed', (request) => {
      if (isMainNavigation(request)) this.startedAtLoad = this.started;
    });
    page.on('load', () => (this.startedAtLoad = this.started));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.commits++;
    });
  }

  /** Waits (bounded by readyTimeoutMs per step) until the page has loaded and no navigation is under way or announced. */
  async settle(): Promise<void> {
    const timeout = this.readyTimeoutMs;
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
      await this.page.waitForLoadState('load', { timeout }).catch(() => undefined);
      const commits = this.commits;
      // A read that fails here raced a navigation: wait for that one as for an announced refresh.
      const refreshMs = await this.metaRefreshMs().catch(() => 0);
      if (refreshMs !== undefined) {
        // A refresh the page announces soon is a navigation we know is coming: wait for it, then settle again.
        if (this.commits === commits) await this.page.waitForEvent('framenavigated', { predicate: (frame) => frame === this.page.mainFrame(), timeout: refreshMs + timeout }).catch(() => undefined);
        continue;
      }
      if (this.started <= this.startedAtLoad) return;
      await this.page.waitForEvent('load', { timeout }).catch(() => undefined);
    }
  }

  /** The settled page's URL and HTML; a read racing a navigation is retried once after settling again. */
  async read(): Promise<PageSnapshot> {
    for (let attempt = 0; ; attempt++) {
      await this.settle();
      try {
        return { url: this.page.url(), body: await this.page.content() };
      } catch (error) {
        if (!isNavigationRace(error)) throw error;
        if (attempt >= 1) throw new ScrapeError(`the page kept navigating while being read: ${this.page.url()}`, this.page.url(), undefined, { cause: error });
      }
    }
  }

  /** Milliseconds until a meta refresh the page announces with a target, when it is due within readyTimeoutMs. */
  private async metaRefreshMs(): Promise<number | undefined> {
    const content = await this.page.evaluate(() => document.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content') ?? null);
    const match = content === null ? null : /^\s*(\d+(?:\.\d+)?)\s*[;,]\s*(?:url\s*=\s*)?\S/i.exec(content);
    if (!match) return undefined;
    const ms = Number(match[1]) * 1000;
    return ms <= this.readyTimeoutMs ? ms : undefined;
  }
}
