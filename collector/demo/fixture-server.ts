// The demo's fixture web on 127.0.0.1: Lumora feeds and CRM contact pages, with conditional GET,
// a never-answering feed for timeout tests, and an optional live "new mentions arrive" reveal.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Options of {@link startFixtureServer}. */
export interface FixtureServerOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** Loopback only: 127.x.x.x, localhost or ::1. @default '127.0.0.1' */
  host?: string;
  /** When set, feed items marked `<!-- reveal-step:N -->` start hidden and one step appears per interval. */
  revealEveryMs?: number;
  /** Rewrites a fixture just before it is served (the live demo adds its posts to the feeds, dated now). */
  rewrite?: (path: string, text: string) => string;
  /** More HTML pages beside the fixtures, by path (the demo's index and site pages); undefined → 404. */
  pages?: (path: string, baseUrl: string) => string | undefined;
}

/** A running fixture server and the URLs it serves. */
export interface FixtureServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Stops listening, ends open (slow) connections and the reveal timer. */
  close(): Promise<void>;
  feedUrls: { reddit: string; mastodon: string; news: string; broken: string; slow: string };
  crmUrls: { marta: string; james: string };
}

/** Thrown when the fixture server is asked for something it must not do. */
export class FixtureServerError extends Error {
  override name = 'FixtureServerError';
}

/** How long the slow feed holds a request before giving up with a 503. */
export const SLOW_FEED_HOLD_MS = 30_000;

const FIXTURES = new URL('./fixtures/', import.meta.url);
const ATOM = 'application/atom+xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

const ROUTES: ReadonlyArray<{ path: string; file: string; type: string }> = [
  { path: '/feeds/reddit-search.atom', file: 'feeds/reddit-search.atom', type: ATOM },
  { path: '/feeds/mastodon-tag.rss', file: 'feeds/mastodon-tag.rss', type: RSS },
  { path: '/feeds/google-news.rss', file: 'feeds/google-news.rss', type: RSS },
  { path: '/feeds/broken.rss', file: 'feeds/broken.rss', type: RSS },
  { path: '/crm/contact-marta.html', file: 'crm/contact-marta.html', type: HTML },
  { path: '/crm/contact-james.html', file: 'crm/contact-james.html', type: HTML },
];

// One whole <entry> or <item> whose first child is the marker comment, with its line's indentation.
const REVEAL_ITEM = /[ \t]*<(entry|item)>\s*<!-- reveal-step:(\d+) -->[\s\S]*?<\/\1>[ \t]*\r?\n?/g;

/** The feed as it looks once `step` reveal steps have passed: later-marked items are cut out. */
export function revealFeed(xml: string, step: number): string {
  return xml.replace(REVEAL_ITEM, (whole, _tag: string, n: string) => (Number(n) <= step ? whole : ''));
}

/** The highest reveal step marked in a document (0 when nothing is marked). */
export function lastRevealStep(xml: string): number {
  let last = 0;
  for (const match of xml.matchAll(REVEAL_ITEM)) last = Math.max(last, Number(match[2]));
  return last;
}

interface Variant {
  body: Buffer;
  etag: string;
  lastModified: number;
}

const strongEtag = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
const floorToSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

function isNotModified(req: IncomingMessage, variant: Variant): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  // RFC 9110 §13.1.2: If-None-Match wins over If-Modified-Since, compared weakly for GET/HEAD.
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(variant.etag);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && variant.lastModified <= since;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Starts the fixture server; resolves once it listens. */
export async function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new FixtureServerError(`fixture-server: refusing to listen on non-loopback host ${host}`);
  const revealEveryMs = opts.revealEveryMs;
  if (revealEveryMs !== undefined && !(revealEveryMs > 0)) {
    throw new FixtureServerError(`fixture-server: revealEveryMs must be a positive number, got ${revealEveryMs}`);
  }

  const sources = await Promise.all(
    ROUTES.map(async (route) => {
      const fileUrl = new URL(route.file, FIXTURES);
      const [text, info] = await Promise.all([readFile(fileUrl, 'utf8'), stat(fileUrl)]);
      return { ...route, text, mtime: floorToSecond(info.mtimeMs) };
    }),
  );
  let step = revealEveryMs === undefined ? Number.POSITIVE_INFINITY : 0;
  const finalStep = Math.max(0, ...sources.map((source) => lastRevealStep(source.text)));
  const variants = new Map<string, Variant>();
  const render = (now: number) => {
    for (const source of sources) {
      const revealed = revealFeed(source.text, step);
      const body = Buffer.from(opts.rewrite ? opts.rewrite(source.path, revealed) : revealed, 'utf8');
      const previous = variants.get(source.path);
      if (previous?.body.equals(body)) continue;
      // Last-Modified has one-second precision: each change moves it at least a second forward so a
      // client's If-Modified-Since never hides a reveal that happened within the same second.
      const lastModified = previous ? Math.max(floorToSecond(now), previous.lastModified + 1000) : source.mtime;
      variants.set(source.path, { body, etag: strongEtag(body), lastModified });
    }
  };
  render(Date.now());

  const held = new Set<NodeJS.Timeout>();
  let baseUrl = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = URL.canParse(req.url ?? '', 'http://fixture.invalid') ? new URL(req.url ?? '', 'http://fixture.invalid').pathname : '';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    if (path === '/feeds/slow.rss') {
      const timer = setTimeout(() => {
        held.delete(timer);
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' }).end('slow feed gave up\n');
      }, SLOW_FEED_HOLD_MS);
      timer.unref();
      held.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        held.delete(timer);
      });
      return;
    }
    const page = opts.pages?.(path, baseUrl);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-cache' }).end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    if (opts.rewrite) render(Date.now());
    const route = ROUTES.find((candidate) => candidate.path === path);
    const variant = route && variants.get(route.path);
    if (!route || !variant) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const headers = {
      etag: variant.etag,
      'last-modified': new Date(variant.lastModified).toUTCString(),
      'cache-control': 'no-cache',
    };
    if (isNotModified(req, variant)) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': route.type, 'content-length': variant.body.length });
    res.end(req.method === 'HEAD' ? undefined : variant.body);
  });

  let revealTimer: NodeJS.Timeout | undefined;
  if (revealEveryMs !== undefined && finalStep > 0) {
    revealTimer = setInterval(() => {
      step += 1;
      render(Date.now());
      if (step >= finalStep) clearInterval(revealTimer);
    }, revealEveryMs);
    revealTimer.unref();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port, family } = server.address() as AddressInfo;
  const url = `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
  baseUrl = url;

  return {
    url,
    feedUrls: {
      reddit: `${url}/feeds/reddit-search.atom`,
      mastodon: `${url}/feeds/mastodon-tag.rss`,
      news: `${url}/feeds/google-news.rss`,
      broken: `${url}/feeds/broken.rss`,
      slow: `${url}/feeds/slow.rss`,
    },
    crmUrls: { marta: `${url}/crm/contact-marta.html`, james: `${url}/crm/contact-james.html` },
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(revealTimer);
        for (const timer of held) clearTimeout(timer);
        held.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// Standalone: `tsx collector/demo/fixture-server.ts [--port 8790] [--reveal-every 15000]` prints its URLs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'reveal-every': { type: 'string' } } });
  const fixtures = await startFixtureServer({
    port: values.port ? Number(values.port) : undefined,
    revealEveryMs: values['reveal-every'] ? Number(values['reveal-every']) : undefined,
  });
  console.log(`Fixture server on ${fixtures.url}`);
  for (const [name, link] of Object.entries({ ...fixtures.feedUrls, ...fixtures.crmUrls })) console.log(`  ${name.padEnd(9)} ${link}`);
  const stop = () => void fixtures.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
