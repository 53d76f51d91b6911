// The saved real social pages (metascraper's test fixtures) and what its snapshots say about them, read
// from the evaluation data (VIGIA_EVAL_DATA, see test/support/eval-data.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evalDataDir } from '../../../../test/support/eval-data.ts';

/** Root of the saved social pages, whether or not it exists. */
export const SOCIAL_PAGES = resolve(evalDataDir(), 'social-pages/metascraper');

/** One snapshot case: a saved page, the URL it was saved from, and the author and date metascraper found. */
export interface RealPageCase {
  /** metascraper package, e.g. `metascraper-x`. */
  pkg: string;
  name: string;
  url: string;
  html: string;
  author: string | null;
  date: string | null;
  description: string | null;
}

/** Test name → url and fixture file, from the package's test/index.js. */
function testsOf(source: string): Map<string, { url: string; file: string }> {
  const tests = new Map<string, { url: string; file: string }>();
  for (const block of source.split(/\ntest\(/).slice(1)) {
    const name = /^'((?:[^'\\]|\\.)*)'/.exec(block)?.[1];
    const url = /const url =\s*'([^']+)'/.exec(block)?.[1];
    const file = /fixtures\/([\w.-]+\.html)/.exec(block)?.[1];
    if (name && url && file) tests.set(name, { url, file });
  }
  return tests;
}

/** Test name → author and date, from the snapshot report test/snapshots/index.js.md. */
type Snapshot = Pick<RealPageCase, 'author' | 'date' | 'description'>;

function snapshotsOf(report: string): Map<string, Snapshot> {
  const snapshots = new Map<string, Snapshot>();
  for (const section of report.split(/\n## /).slice(1)) {
    const name = section.slice(0, section.indexOf('\n')).trim();
    // A field is null, 'quoted' or `back-quoted` (multi-line values, whose line breaks AVA shows as ␊).
    const field = (key: string): string | null | undefined => {
      const m = new RegExp('\\n\\s+' + key + ": (null|'((?:[^'\\\\]|\\\\.)*)'|`([^`]*)`)").exec(section);
      if (!m) return undefined;
      return m[1] === 'null' ? null : (m[2] ?? m[3] ?? '').replace(/\\'/g, "'").replace(/␊\n\s*/g, '\n');
    };
    const author = field('author');
    if (author !== undefined) snapshots.set(name, { author, date: field('date') ?? null, description: field('description') ?? null });
  }
  return snapshots;
}

/** Every case whose saved page is present. */
export function realPageCases(): RealPageCase[] {
  if (!existsSync(SOCIAL_PAGES)) return [];
  const cases: RealPageCase[] = [];
  for (const pkg of readdirSync(SOCIAL_PAGES).filter((d) => d.startsWith('metascraper-'))) {
    const dir = join(SOCIAL_PAGES, pkg, 'test');
    const tests = testsOf(readFileSync(join(dir, 'index.js'), 'utf8'));
    for (const [name, snapshot] of snapshotsOf(readFileSync(join(dir, 'snapshots/index.js.md'), 'utf8'))) {
      const test = tests.get(name);
      const path = test && join(dir, 'fixtures', test.file);
      if (!test || !path || !existsSync(path)) continue;
      cases.push({ pkg, name, url: test.url, html: readFileSync(path, 'utf8'), ...snapshot });
    }
  }
  return cases;
}
