// The real feeds of the evaluation data (feeds/), and the expected parser outputs that come with some
// of them (rss-parser's test/output, gofeed's translator JSON), for the feed conformance test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One item's fields as another parser mapped them (undefined where it has none). */
export interface ExpectedItem {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  author?: string;
}

const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** Is this file an expectation rather than a feed? (rss-parser outputs, gofeed JSON next to its input). */
function isExpectation(path: string): boolean {
  if (/rss-parser\/test\/output\//.test(path) || /_expected\.json$/.test(path) || /payloads\.index\.json$/.test(path)) return true;
  return /gofeed\/testdata\/translator\/(rss|atom)\/.*\.json$/.test(path);
}

/** Every feed-like document (XML, RSS, Atom, JSON, HTML) under `root`, relative paths. */
export function corpusFiles(root: string): string[] {
  return walk(root)
    .filter((p) => /\.(xml|rss|atom|json|html)$/.test(p) && !isExpectation(p))
    .map((p) => relative(root, p))
    .sort();
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** rss-parser's expected items for an input file name, when its test/output has them. */
export function rssParserExpected(root: string, input: string): ExpectedItem[] | undefined {
  const name = input.replace(/^rss-parser\/test\/input\//, '').replace(/\.(rss|atom)$/, '');
  let json: { feed: { items: Record<string, unknown>[] } };
  try {
    json = JSON.parse(readFileSync(join(root, 'rss-parser/test/output', `${name}.json`), 'utf8'));
  } catch {
    return undefined;
  }
  return json.feed.items.map((i) => ({ title: str(i.title), link: str(i.link), guid: str(i.guid) ?? str(i.id), date: str(i.isoDate) ?? str(i.pubDate), author: str(i.creator) ?? str(i.author) }));
}

/** gofeed's expected items for a translator input, when a JSON sits beside it. */
export function gofeedExpected(root: string, input: string): ExpectedItem[] | undefined {
  const expected = input.endsWith('.json') ? input.replace(/\.json$/, '_expected.json') : input.replace(/\.xml$/, '.json');
  let json: { items?: Record<string, unknown>[] };
  try {
    json = JSON.parse(readFileSync(join(root, expected), 'utf8'));
  } catch {
    return undefined;
  }
  return (json.items ?? []).map((i) => ({
    title: str(i.title),
    link: str(i.link),
    guid: str(i.guid),
    date: str(i.publishedParsed) ?? str(i.updatedParsed),
    author: str((i.author as { name?: unknown } | undefined)?.name) ?? str((i.authors as { name?: unknown }[] | undefined)?.[0]?.name),
  }));
}
