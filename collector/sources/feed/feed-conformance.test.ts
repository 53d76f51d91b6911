// Feed robustness on real feeds: every document in the evaluation data's feeds/ either parses or fails
// with a clear "parser:" error, and where rss-parser or gofeed recorded their output, the fields Vigía
// maps (title, link, guid, date, author) agree. Differences we keep on purpose:
// - rss-parser's tests read ISO-8859-1 feeds as UTF-8, so its expected titles hold U+FFFD where we
//   decode the real letter: a U+FFFD in an expectation matches any one character (and ours must not be one);
// - an author given only as an e-mail address is not a name: we leave it out (rss-parser keeps it);
// - an RSS item with several <link>s: RSS 2.0 has one, we keep the first (gofeed prefers an Atom-style href);
// - dates are compared as Vigía reads them, so a date in Portuguese ("Seg, 24 Set 2018") counts as read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors.ts';
import { readDate } from '../../pipeline/normalize-date.ts';
import { decodeBody } from '../../http/decode-body.ts';
import type { RawItem } from '../kit/define-source.ts';
import { feedAuthorName } from './feed-author.ts';
import { parseFeed } from '../rss.ts';
import { corpusFiles, gofeedExpected, rssParserExpected, type ExpectedItem } from '../testing/feed-corpus.ts';
import { recordedDir } from '../testing/recorded-data.ts';

const root = recordedDir('feeds');

/** Documents in the corpus that are not feeds, and the error each must give. */
const NOT_FEEDS: Record<string, RegExp> = {
  'feeddeck/payloads/rss.responseTagesschauWebsiteHTML.html': /^parser: an HTML page, not an RSS\/Atom feed/,
  'feeddeck/payloads/youtube.responseYoutubeChannelId.html': /^parser: not a valid RSS\/Atom feed: Unclosed root tag/,
  'feeddeck/payloads/podcast.responsePodcastApple.json': /^parser: a JSON document, but not a JSON Feed/,
  'feeddeck/payloads/youtube.responseYoutubeChannelIcon.json': /^parser: a JSON document, but not a JSON Feed/,
  'rss-parser/test/input/unrecognized.rss': /^parser: an HTML page, not an RSS\/Atom feed/,
};
/** Reading the whole corpus takes a few seconds, longer than vitest's default on a busy machine. */
const CORPUS_TIMEOUT_MS = 60_000;
const FIRST_LINK_KEPT = new Set(['gofeed/testdata/translator/rss/feed_item_links_-_rss_channel_item_links.xml']);

const read = (path: string) => parseFeed(decodeBody(readFileSync(join(root!, path))));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A date as Vigía reads it (localised month names too: rss-parser leaves "Seg, 24 Set 2018" unread), else nothing. */
const asDate = (s: string | undefined) => {
  const ms = readDate(s);
  return ms === undefined ? undefined : new Date(ms).toISOString();
};

function sameText(expected: string | undefined, actual: string | undefined): boolean {
  if (expected === undefined || !expected.trim()) return true;
  if (!expected.includes('\uFFFD')) return expected.trim() === actual;
  return !!actual && !actual.includes('\uFFFD') && new RegExp(`^${expected.trim().split('\uFFFD').map(escape).join('.')}$`, 's').test(actual);
}

function differences(path: string, expected: ExpectedItem[], items: RawItem[]): string[] {
  if (expected.length !== items.length) return [`${path}: ${items.length} items, expected ${expected.length}`];
  return expected.flatMap((e, i) => {
    const got = items[i]!;
    const out: string[] = [];
    const at = `${path}#${i}`;
    if (!sameText(e.title, got.title)) out.push(`${at} title ${JSON.stringify(got.title)} ≠ ${JSON.stringify(e.title)}`);
    // Whitespace around a link or guid is no part of it (rss-parser keeps it; URLs and ids are trimmed when stored).
    if (e.link !== undefined && e.link.trim() !== got.url && !FIRST_LINK_KEPT.has(path)) out.push(`${at} link ${got.url} ≠ ${e.link}`);
    if (e.guid !== undefined && e.guid.trim() !== got.guid) out.push(`${at} guid ${got.guid} ≠ ${e.guid}`);
    if (e.date !== undefined && asDate(e.date) !== asDate(got.publishedAt)) out.push(`${at} date ${got.publishedAt} ≠ ${e.date}`);
    const name = e.author === undefined ? undefined : feedAuthorName(e.author);
    if (name !== undefined && !sameText(name, got.author?.name)) out.push(`${at} author ${JSON.stringify(got.author?.name)} ≠ ${JSON.stringify(e.author)}`);
    return out;
  });
}

describe.skipIf(!root)('feed conformance on real feeds', () => {
  const files = root ? corpusFiles(root) : [];

  it('parses every feed, and fails on every non-feed with a clear parser error', async () => {
    expect(files.length).toBeGreaterThan(190);
    const failures: Record<string, string> = {};
    for (const path of files) {
      try {
        const { items } = await read(path);
        expect(Array.isArray(items)).toBe(true);
      } catch (error) {
        expect(error, path).toBeInstanceOf(ParseError);
        failures[path] = (error as Error).message;
      }
    }
    expect(Object.keys(failures).sort()).toEqual(Object.keys(NOT_FEEDS).sort());
    for (const [path, message] of Object.entries(failures)) expect(message, path).toMatch(NOT_FEEDS[path]!);
  }, CORPUS_TIMEOUT_MS);

  it("maps the same title, link, guid, date and author as rss-parser's recorded output", async () => {
    const inputs = files.filter((f) => f.startsWith('rss-parser/test/input/') && !NOT_FEEDS[f]);
    const compared = inputs.map((path) => [path, rssParserExpected(root!, path)] as const).filter(([, e]) => e);
    expect(compared.length).toBeGreaterThan(20);
    const diffs = await Promise.all(compared.map(async ([path, expected]) => differences(path, expected!, (await read(path)).items)));
    expect(diffs.flat()).toEqual([]);
  }, CORPUS_TIMEOUT_MS);

  it("maps the same title, link, guid, date and author as gofeed's translator output", async () => {
    const inputs = files.filter((f) => f.startsWith('gofeed/'));
    const compared = inputs.map((path) => [path, gofeedExpected(root!, path)] as const).filter(([, e]) => e);
    expect(compared.length).toBeGreaterThan(90);
    const diffs = await Promise.all(compared.map(async ([path, expected]) => differences(path, expected!, (await read(path)).items)));
    expect(diffs.flat()).toEqual([]);
  }, CORPUS_TIMEOUT_MS);

  it('decodes ISO-8859-1 feeds, declared or not, with their accents intact', async () => {
    const declared = await read('rss-parser/test/input/encoding.rss');
    expect(declared.items[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    const undeclared = await read('rss-parser/test/input/uolNoticias.rss');
    expect(undeclared.items[0]?.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    const greek = await read('prof18-rss-parser/rssparser/src/commonTest/resources/feed-test-greek.xml');
    expect(greek.items.map((i) => i.title).join(' ')).toMatch(/[α-ω]{3}/);
    for (const { items } of [declared, undeclared, greek]) expect(items.some((i) => `${i.title}${i.content}`.includes('\uFFFD'))).toBe(false);
  });
});

describe('feed decoding', () => {
  const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ '“': 0x93, '”': 0x94, '€': 0x80 })[c] ?? c.charCodeAt(0)));
  const feed = (prolog: string) => `${prolog}<rss version="2.0"><channel><title>t</title><item><title>Atención: ¡pésimo servicio! “Nunca más” 5€</title></item></channel></rss>`;

  it('reads Windows-1252 bytes whether the charset is in the prolog, the header, or nowhere', async () => {
    const title = 'Atención: ¡pésimo servicio! “Nunca más” 5€';
    const prolog = windows1252(feed('<?xml version="1.0" encoding="ISO-8859-1"?>'));
    expect((await parseFeed(decodeBody(prolog))).items[0]?.title).toBe(title);
    expect((await parseFeed(decodeBody(windows1252(feed('')), 'application/rss+xml; charset=windows-1252'))).items[0]?.title).toBe(title);
    expect((await parseFeed(decodeBody(windows1252(feed(''))))).items[0]?.title).toBe(title);
    expect((await parseFeed(decodeBody(windows1252(feed('')), 'text/xml; charset=utf-8'))).items[0]?.title).toBe(title);
  });

  it('keeps UTF-8 as UTF-8, with or without a BOM', async () => {
    const utf8 = new TextEncoder().encode(feed('<?xml version="1.0" encoding="utf-8"?>'));
    expect((await parseFeed(decodeBody(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])))).items[0]?.title).toContain('¡pésimo servicio!');
    expect((await parseFeed(decodeBody(utf8, 'text/xml; charset=ISO-8859-1'))).items[0]?.title).toContain('Ã'); // a wrong header is obeyed, as browsers do
  });
});
