// One shared Chromium for every review source: a context per site, polite per host, nothing heavy downloaded.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { ResolveHost } from '../../http/address-guard.ts';
import { Politeness } from '../../http/politeness.ts';
import { resolveChromiumPath } from './chromium-path.ts';
import { BLOCKED_RESOURCES, declareNoFavicon } from './document-guard.ts';
import { PageSession, type SessionSettings } from './page-session.ts';
import { ScrapeError } from '../scrape-error.ts';

/** How Vigía introduces itself to every site. */
export const VIGIA_USER_AGENT = 'Vigia/0.1 (+https://github.com/vigia-cx/vigia)';
/** Flags that keep a headless Chromium quiet and working in containers. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface BrowserPoolOptions {
  /** @default VIGIA_CHROMIUM, else /usr/bin/chromium, else Playwright's installed Chromium */
  executablePath?: string;
  /** @default VIGIA_USER_AGENT */
  userAgent?: string;
  /** Minimum time between two requests to the same host. @default 2000 */
  hostDelayMs?: number;
  /** Honour robots.txt unless a session says otherwise. @default true */
  robots?: boolean;
  /** Limit for loading one page or document, redirects included. @default 30000 */
  navigationTimeoutMs?: number;
  /** Limit for the reviews to appear, a click or a scroll to load more. @default 10000 */
  readyTimeoutMs?: number;
  /** Larger pages are refused. @default 5 MiB */
  maxPageBytes?: number;
  /** Retries after a 429 or 5xx answer, with exponential backoff. @default 3 */
  retries?: number;
  /** First backoff delay. @default 1000 */
  retryMinMs?: number;
  /** Pages open at once across all hosts. @default 4 */
  maxOpenPages?: number;
  /** Longest one page may take, from asking for it to reading it (then a named error, and the page is closed). @default 120000 */
  pageDeadlineMs?: number;
  /** Pacing, robots.txt and Retry-After shared with feed fetches. @default one of its own */
  politeness?: Politeness;
  /** DNS for the private-address check (tests). @default the system's */
  resolve?: ResolveHost;
}

/** Options of one session: which site's context to use and whether to honour robots.txt. */
export interface SessionOptions {
  /** Site recipe id; sessions of one site on one host share cookies and a context. */
  site: string;
  /** @default the pool's `robots` */
  robots?: boolean;
  /** Aborted when the collector stops: the session's page is closed and the session ends at once. */
  signal?: AbortSignal;
}

export class BrowserPool {
  private browser?: Promise<Browser>;
  private readonly contexts = new Map<string, Promise<BrowserContext>>();
  private readonly politeness: Politeness;
  private readonly settings: SessionSettings & { robots: boolean; maxOpenPages: number; userAgent: string };
  private openPages = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: BrowserPoolOptions = {}) {
    this.settings = {
      userAgent: options.userAgent ?? VIGIA_USER_AGENT,
      robots: options.robots ?? true,
      navigationTimeoutMs: options.navigationTimeoutMs ?? 30_000,
      readyTimeoutMs: options.readyTimeoutMs ?? 10_000,
      maxPageBytes: options.maxPageBytes ?? 5 * 1024 * 1024,
      retries: options.retries ?? 3,
      retryMinMs: options.retryMinMs ?? 1000,
      maxOpenPages: options.maxOpenPages ?? 4,
      hostDelayMs: options.hostDelayMs ?? 2000,
      pageDeadlineMs: options.pageDeadlineMs ?? 120_000,
    };
    this.politeness = options.politeness ?? new Politeness({ userAgent: this.settings.userAgent, resolve: options.resolve });
  }

  /**
   * Runs `use` with a page session for `url`'s host. Sessions for one host run one after the other (and
   * after the host's feed requests); the page is closed afterwards whatever happens. `url` is the source:
   * the session may go to its host whatever its address, and elsewhere only on the public internet.
   */
  async session<T>(url: string, options: SessionOptions, use: (session: PageSession) => Promise<T>): Promise<T> {
    if (this.closed) throw new ScrapeError('the browser pool is closed', url);
    const host = hostOf(url);
    const scope = { politeness: this.politeness, robots: options.robots ?? this.settings.robots, trusted: new URL(url), resolve: this.options.resolve, signal: options.signal };
    return this.politeness.gate.exclusive(
      host,
      async () => {
        await this.takeSlot();
        let session: PageSession | undefined;
        try {
          options.signal?.throwIfAborted();
          const key = `${options.site} ${host}`;
          session = new PageSession(await this.contextFor(key), this.settings, scope, () => this.dropContext(key));
          return await use(session);
        } finally {
          await session?.close();
          this.releaseSlot();
        }
      },
      options.signal,
    );
  }

  /** Closes every context and the browser; the pool cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    this.contexts.clear();
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }

  /**
   * One context per site and host: cookies stay between runs, and a host's sessions, which never overlap,
   * can lose theirs (dropContext) without touching another host's.
   */
  private contextFor(key: string): Promise<BrowserContext> {
    let context = this.contexts.get(key);
    if (!context) {
      context = this.newContext();
      this.contexts.set(key, context);
      context.catch(() => this.contexts.delete(key));
    }
    return context;
  }

  /** Closes a context whose page would not close (Chromium can hang closing a page mid-navigation). */
  private async dropContext(key: string): Promise<void> {
    const context = this.contexts.get(key);
    this.contexts.delete(key);
    await (await context?.catch(() => undefined))?.close().catch(() => undefined);
  }

  private async newContext(): Promise<BrowserContext> {
    const browser = await this.launch();
    const context = await browser.newContext({ userAgent: this.settings.userAgent, locale: 'en-US', serviceWorkers: 'block' });
    context.setDefaultTimeout(this.settings.readyTimeoutMs);
    context.setDefaultNavigationTimeout(this.settings.navigationTimeoutMs);
    await context.route('**/*', (route) => (BLOCKED_RESOURCES.has(route.request().resourceType()) ? route.abort('blockedbyclient') : route.continue()));
    await context.addInitScript(declareNoFavicon);
    return context;
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = this.options.executablePath ?? resolveChromiumPath();
      // Signals belong to the collector (it stops cleanly, then closes the pool); Playwright's own handlers
      // would exit the process mid-stop. Chromium still ends with us: its pipe closes when we do.
      const launching = chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }).catch((error: unknown) => {
        throw new ScrapeError(`could not start Chromium at ${executablePath}: ${firstLine(error)}`, undefined, undefined, { cause: error });
      });
      this.browser = launching;
      launching.then(
        (browser) => browser.on('disconnected', () => this.forget(launching)),
        () => this.forget(launching),
      );
    }
    return this.browser;
  }

  /** A crashed or failed browser is dropped so the next session starts a fresh one. */
  private forget(browser: Promise<Browser>): void {
    if (this.browser !== browser) return;
    this.browser = undefined;
    this.contexts.clear();
  }

  private async takeSlot(): Promise<void> {
    while (this.openPages >= this.settings.maxOpenPages) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.openPages++;
  }

  private releaseSlot(): void {
    this.openPages--;
    this.waiting.shift()?.();
  }
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.host;
  } catch {
    // reported below
  }
  throw new ScrapeError(`not an http(s) URL: ${url}`, url);
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
