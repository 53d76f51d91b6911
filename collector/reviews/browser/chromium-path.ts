// Which Chromium to drive: VIGIA_CHROMIUM, else the system's, else one Playwright installed earlier. Never downloads.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ScrapeError } from '../scrape-error.ts';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The Chromium executable to launch; a ScrapeError saying how to get one when there is none. */
export function resolveChromiumPath(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const configured = env.VIGIA_CHROMIUM?.trim();
  if (configured) {
    if (!exists(configured)) throw new ScrapeError(`VIGIA_CHROMIUM points to ${configured}, which does not exist`);
    return configured;
  }
  if (exists(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && exists(bundled)) return bundled;
  throw new ScrapeError(`no Chromium found: install one (e.g. apt-get install chromium) or set VIGIA_CHROMIUM to its path`);
}
