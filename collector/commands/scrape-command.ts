// `vigia scrape URL` as a process: an overall deadline, and an end that always closes the browser and
// prints one line naming the URL and the cause — on success, failure, SIGINT/SIGTERM/SIGHUP, the death of
// the process that started it, or an error nobody expected. It exits the process itself.
import { setTimeout as sleep } from 'node:timers/promises';
import { clampDelay } from '../duration.ts';
import { VigiaError } from '../errors.ts';
import { quoteRemote } from '../http/remote-text.ts';
import { BrowserPool } from '../reviews/browser/browser-pool.ts';
import { runScrape } from './scrape.ts';

/** How long a whole scrape may take by default, in seconds. */
export const DEFAULT_SCRAPE_TIMEOUT_S = 120;
/** Longest wait for Chromium to close before exiting anyway (Playwright kills it on exit). */
const CLOSE_GRACE_MS = 5000;
/** How often the process checks that whoever started it is still there. */
const PARENT_CHECK_MS = 500;
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export interface ScrapeCommandOptions {
  /** Honour robots.txt. */
  robots: boolean;
  /** Overall deadline in seconds. @default DEFAULT_SCRAPE_TIMEOUT_S */
  timeoutSeconds?: number;
}

/** One line for any failure: the URL and the cause, never a stack trace or a second line. */
export function scrapeFailureLine(url: string, error: unknown): string {
  const message = quoteRemote(error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error), 400).replace(/^scrape: /, '');
  return message.includes(url) ? `scrape: ${message}` : `scrape: ${quoteRemote(url, 400)}: ${message}`;
}

export async function runScrapeCommand(url: string, opts: ScrapeCommandOptions, io = { stdout: process.stdout, stderr: process.stderr }): Promise<never> {
  const timeoutMs = (opts.timeoutSeconds ?? DEFAULT_SCRAPE_TIMEOUT_S) * 1000;
  // A page gets a little less than the whole, so its own named error comes before the overall one.
  const pool = new BrowserPool({ pageDeadlineMs: Math.min(120_000, Math.max(1000, timeoutMs - 2000)) });
  let ending: Promise<never> | undefined;
  const end = (code: number, line?: string): Promise<never> =>
    (ending ??= (async () => {
      if (line) io.stderr.write(`${line}\n`);
      await Promise.race([pool.close(), sleep(CLOSE_GRACE_MS, undefined, { ref: false })]);
      process.exit(code);
    })());

  for (const [signal, code] of Object.entries(SIGNAL_CODES)) process.once(signal, () => void end(code, `scrape: ${url}: stopped by ${signal}`));
  process.on('uncaughtException', (error) => void end(1, scrapeFailureLine(url, error)));
  process.on('unhandledRejection', (error) => void end(1, scrapeFailureLine(url, error)));
  // Nobody reads our output once the caller is gone (its pipe breaks, or it died and we were adopted).
  process.stdout.on('error', () => void end(141));
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void end(129, `scrape: ${url}: the process that started it is gone`), PARENT_CHECK_MS).unref();
  const deadline = setTimeout(() => void end(2, `scrape: ${url}: no result within ${timeoutMs / 1000} s (the page kept loading or navigating)`), clampDelay(timeoutMs));

  try {
    const { reviews, problems } = await runScrape(url, io.stdout, { pool, robots: opts.robots });
    clearTimeout(deadline);
    for (const problem of problems) io.stderr.write(`scrape: ${quoteRemote(problem, 400)}\n`);
    return await end(0, `${reviews} reviews`);
  } catch (error) {
    clearTimeout(deadline);
    return await end(error instanceof VigiaError ? 2 : 1, scrapeFailureLine(url, error));
  }
}
