// Finds Chromium the way the tests do (scripts/ensure-chromium.sh): VIGIA_CHROMIUM, Debian's
// /usr/bin/chromium, or chromium / chromium-browser / google-chrome on the PATH. Never downloads one.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CHROMIUM_HELP =
  'no Chromium found: install one (Debian/Ubuntu: "sudo apt-get install chromium"; or "bash scripts/ensure-chromium.sh", which npm test runs) or set VIGIA_CHROMIUM to its path';

/** The browser's path; throws an Error saying how to get one when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.VIGIA_CHROMIUM) {
    if (existsSync(env.VIGIA_CHROMIUM)) return env.VIGIA_CHROMIUM;
    throw new Error(`VIGIA_CHROMIUM=${env.VIGIA_CHROMIUM} does not exist`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(CHROMIUM_HELP);
}
