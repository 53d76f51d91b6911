// Many small RSS feeds on 127.0.0.1 for the scale test: every feed holds a few posts about the fictional
// brand Lumora and shows more of them each time reveal() is called, with ETags for conditional GET.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedFarmOptions {
  feeds: number;
  /** Posts each feed will have once everything is revealed. */
  postsPerFeed: number;
  /** Posts visible per feed at the start. */
  visibleAtStart: number;
}

export interface FeedFarm {
  url: string;
  feedUrl(feed: number): string;
  /** Shows one more post in every feed; false once all are visible. */
  reveal(): boolean;
  /** True once every post of every feed is visible. */
  readonly complete: boolean;
  /** The link of every post that exists once everything is revealed. */
  allPostLinks(): string[];
  /** Requests answered, by status. */
  readonly served: { ok: number; notModified: number };
  close(): Promise<void>;
}

const MOODS = [
  'the router from Lumora stopped working again, third time, terrible support',
  'Lumora delivered on time and the installer was lovely, great service',
  'waiting two weeks for Lumora to answer my refund request, never again',
  'mi Lumora funciona bien pero la factura llegó duplicada',
  'comparing Lumora and other providers before buying: any reviews?',
];

export async function startFeedFarm(opts: FeedFarmOptions): Promise<FeedFarm> {
  let visible = opts.visibleAtStart;
  const served = { ok: 0, notModified: 0 };
  let base = '';
  const postLink = (feed: number, post: number) => `${base}/posts/${feed}/${post}`;
  const itemXml = (feed: number, post: number) => `
    <item>
      <guid isPermaLink="false">scale-${feed}-${post}</guid>
      <link>${postLink(feed, post)}</link>
      <title>Lumora story ${feed}.${post}</title>
      <description>Post ${post} of feed ${feed}: ${MOODS[(feed + post) % MOODS.length]}.</description>
      <dc:creator>user${feed}_${post}</dc:creator>
      <pubDate>${new Date(Date.UTC(2026, 10, 20, 8, feed % 60, post)).toUTCString()}</pubDate>
    </item>`;
  const feedXml = (feed: number) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
  <title>Scale feed ${feed}</title><link>${base}/</link><description>fixture</description>
  ${Array.from({ length: visible }, (_, post) => itemXml(feed, post)).join('')}
</channel></rss>`;

  const server = createServer((req, res) => {
    const match = /^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '');
    const feed = match ? Number(match[1]) : -1;
    if (feed < 0 || feed >= opts.feeds) {
      res.writeHead(404).end();
      return;
    }
    const etag = `"v${visible}"`;
    if (req.headers['if-none-match'] === etag) {
      served.notModified += 1;
      res.writeHead(304, { etag }).end();
      return;
    }
    served.ok += 1;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedXml(feed));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    feedUrl: (feed) => `${base}/feeds/${feed}.xml`,
    reveal() {
      if (visible >= opts.postsPerFeed) return false;
      visible += 1;
      return true;
    },
    get complete() {
      return visible >= opts.postsPerFeed;
    },
    allPostLinks: () => Array.from({ length: opts.feeds }, (_, f) => Array.from({ length: opts.postsPerFeed }, (_, p) => postLink(f, p))).flat(),
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
