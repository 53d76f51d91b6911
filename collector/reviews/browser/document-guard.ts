// Loads a page's main document on the browser's behalf, so redirects, size and time are bounded before
// rendering, and keeps every request of the page (documents, frames, scripts' fetches) away from this
// machine and its private network unless the source itself lives there.
import type { APIRequestContext, APIResponse, Page, Route } from 'playwright-core';
import { refusedDestination, systemResolve, type ResolveHost } from '../../http/address-guard.ts';
import { MAX_REDIRECTS } from '../../http/guarded-fetch.ts';
import { ScrapeError } from '../scrape-error.ts';

/** Requests a review page never needs (aborted by the context's route). */
export const BLOCKED_RESOURCES = new Set(['image', 'font', 'media']);

/** What a guard needs: size and time limits, the source it serves, and DNS. */
export interface GuardSettings {
  navigationTimeoutMs: number;
  maxPageBytes: number;
  /** The configured source URL: its host may be anything, other hosts must be public. */
  trusted: URL;
  resolve?: ResolveHost;
}

/**
 * Init script for every document: Chromium asks each page's host for /favicon.ico (or the page's own icon)
 * once the page has loaded, on its own and outside what routes can hold back — a request the host gate never
 * spaced, robots.txt never allowed and the address check never saw, which could even land after the page
 * was closed. A data: icon declared before the page finishes loading leaves it nothing to fetch.
 */
export function declareNoFavicon(): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      for (const link of document.querySelectorAll('link[rel~="icon" i]')) link.remove();
      const icon = document.createElement('link');
      icon.rel = 'icon';
      icon.href = 'data:,';
      (document.head ?? document.documentElement).append(icon);
    },
    { once: true },
  );
}

/** The body of `response`, or a ScrapeError when it is larger than `maxBytes` (checked on the header first). */
export async function boundedBody(response: APIResponse, url: string, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new ScrapeError(`page larger than ${maxBytes} bytes: ${url}`, url);
  if (Number(response.headers()['content-length']) > maxBytes) throw tooLarge();
  const body = await response.body();
  if (body.length > maxBytes) throw tooLarge();
  return body;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Route handler for one page: checks where each request goes, fetches each main-frame navigation itself.
 * Chromium routes only the first request of a redirect chain, so the hops of a navigation the session
 * drives are handed back (`redirectTo`) for the session to navigate to, each one routed and checked again;
 * a page's own navigation gets its first redirect checked before the browser follows it.
 */
export class DocumentGuard {
  /** Navigations (the first request and each redirect) since `reset`. */
  private hops = 0;
  private driving = false;
  private readonly verdicts = new Map<string, Promise<string | undefined>>();
  /** Why the current navigation was aborted, if it was. */
  failure: string | undefined;
  /** Where the navigation the session drives was redirected to (it was stopped there for the session to follow). */
  redirectTo: string | undefined;

  constructor(private readonly settings: GuardSettings) {}

  /** Starts counting a new navigation; `driving` when the session navigates itself and follows redirects by hand. */
  reset(driving = false): void {
    this.hops = 0;
    this.failure = undefined;
    this.redirectTo = undefined;
    this.driving = driving;
  }

  /** The session is about to follow `redirectTo`: one more hop of the same navigation. */
  follow(): void {
    this.redirectTo = undefined;
  }

  /** The session's navigation has landed: later navigations are the page's own. */
  landed(): void {
    this.driving = false;
  }

  /** Installs the guard on `page`; allowed requests other than main-frame navigations fall through to the context's routes. */
  async install(page: Page): Promise<void> {
    await page.route('**/*', (route) => this.handle(route, page));
  }

  /** Why a request to `url` is refused (a private address the source does not live on), if it is. */
  refusal(url: string): Promise<string | undefined> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return Promise.resolve(undefined);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return Promise.resolve(undefined);
    let verdict = this.verdicts.get(target.host);
    if (!verdict) {
      verdict = refusedDestination(this.settings.trusted, target, this.settings.resolve ?? systemResolve);
      this.verdicts.set(target.host, verdict);
    }
    return verdict;
  }

  private async handle(route: Route, page: Page): Promise<void> {
    const request = route.request();
    if (BLOCKED_RESOURCES.has(request.resourceType())) return route.fallback();
    const mainNavigation = request.isNavigationRequest() && request.frame() === page.mainFrame();
    const refused = await this.refusal(request.url());
    if (refused) return mainNavigation ? this.refuse(route, `refused to go to ${request.url()}: ${refused}`) : route.abort('addressunreachable').catch(() => undefined);
    if (!mainNavigation) return route.fallback();
    if (++this.hops > MAX_REDIRECTS) return this.refuse(route, `redirect loop (more than ${MAX_REDIRECTS} redirects)`);
    this.redirectTo = undefined;
    try {
      const response = await route.fetch({ maxRedirects: 0, timeout: this.settings.navigationTimeoutMs });
      const location = REDIRECTS.has(response.status()) ? response.headers()['location'] : undefined;
      if (location !== undefined) {
        const next = new URL(location, request.url()).href;
        const refused = await this.refusal(next);
        if (refused) return this.refuse(route, `refused to go to ${next}: ${refused}`);
        if (this.driving) {
          this.redirectTo = next;
          return route.abort('aborted').catch(() => undefined);
        }
        return route.fulfill({ response, body: '' });
      }
      const body = await boundedBody(response, request.url(), this.settings.maxPageBytes);
      await route.fulfill({ response, body });
    } catch (error) {
      if (error instanceof ScrapeError) return this.refuse(route, `page larger than ${this.settings.maxPageBytes} bytes`);
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return this.refuse(route, timedOut ? 'timed out' : `could not load (${String(error).split('\n')[0]})`);
    }
  }

  private async refuse(route: Route, reason: string): Promise<void> {
    this.failure ??= reason;
    await route.abort('failed').catch(() => undefined);
  }
}

/**
 * GETs a JSON document through the browser's context (its cookies), following redirects by hand so each hop
 * is checked like a navigation. Returns the final response and its URL.
 */
export async function fetchDocument(request: APIRequestContext, url: string, guard: DocumentGuard, timeoutMs: number): Promise<{ response: APIResponse; url: string }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const refused = await guard.refusal(current);
    if (refused) throw new ScrapeError(`refused to go to ${current}: ${refused}`, url);
    const response = await request.get(current, { timeout: timeoutMs, maxRedirects: 0, failOnStatusCode: false });
    const location = response.headers()['location'];
    if (![301, 302, 303, 307, 308].includes(response.status()) || !location) return { response, url: current };
    if (hop >= MAX_REDIRECTS) throw new ScrapeError(`redirect loop: ${url}`, url);
    current = new URL(location, current).href;
  }
}
