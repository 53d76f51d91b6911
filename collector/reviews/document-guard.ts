// Loads a page's main document on the browser's behalf, so redirects, size and time are bounded before rendering.
import type { APIResponse, Page, Route } from 'playwright-core';
import { ScrapeError } from './scrape-error.ts';

/** More hops than this from one URL is a redirect loop. */
export const MAX_REDIRECTS = 10;

/** The body of `response`, or a ScrapeError when it is larger than `maxBytes` (checked on the header first). */
export async function boundedBody(response: APIResponse, url: string, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new ScrapeError(`page larger than ${maxBytes} bytes: ${url}`, url);
  if (Number(response.headers()['content-length']) > maxBytes) throw tooLarge();
  const body = await response.body();
  if (body.length > maxBytes) throw tooLarge();
  return body;
}

/** Route handler for one page: fetches each main-frame navigation itself and remembers why one was refused. */
export class DocumentGuard {
  /** Navigations (the first request and each redirect) since `reset`. */
  private hops = 0;
  /** Why the current navigation was aborted, if it was. */
  failure: string | undefined;

  constructor(private readonly limits: { navigationTimeoutMs: number; maxPageBytes: number }) {}

  /** Starts counting a new navigation. */
  reset(): void {
    this.hops = 0;
    this.failure = undefined;
  }

  /** Installs the guard on `page`; other requests fall through to the context's routes. */
  async install(page: Page): Promise<void> {
    await page.route('**/*', (route) => this.handle(route, page));
  }

  private async handle(route: Route, page: Page): Promise<void> {
    const request = route.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return route.fallback();
    if (++this.hops > MAX_REDIRECTS) return this.refuse(route, `redirect loop (more than ${MAX_REDIRECTS} redirects)`);
    try {
      // Redirects are not followed here: the browser follows each one, and each comes back through the guard.
      const response = await route.fetch({ maxRedirects: 0, timeout: this.limits.navigationTimeoutMs });
      const body = await boundedBody(response, request.url(), this.limits.maxPageBytes);
      await route.fulfill({ response, body });
    } catch (error) {
      if (error instanceof ScrapeError) return this.refuse(route, `page larger than ${this.limits.maxPageBytes} bytes`);
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return this.refuse(route, timedOut ? 'timed out' : `could not load (${String(error).split('\n')[0]})`);
    }
  }

  private async refuse(route: Route, reason: string): Promise<void> {
    this.failure ??= reason;
    await route.abort('failed').catch(() => undefined);
  }
}
