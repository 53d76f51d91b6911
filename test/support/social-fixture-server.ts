// Serves the social recipes' fixture pages on 127.0.0.1 under /social-fixtures/<site id>/<page>, the
// loopback path the badges content script runs on (extension/sites/social-registry.ts): a request for
// /social-fixtures/reddit/subreddit.html answers extension/sites/testdata/social/reddit-subreddit.html.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const PAGES = resolve(import.meta.dirname, '../../extension/sites/testdata/social');

export interface SocialFixtureServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The URL of a fixture page: `page('reddit', 'subreddit.html')`. */
  page(site: string, name: string): string;
  close(): Promise<void>;
}

export async function startSocialFixtureServer(): Promise<SocialFixtureServer> {
  const server = createServer((req, res) => {
    const match = /^\/social-fixtures\/([a-z0-9-]+)\/([a-z0-9-]+\.html)$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!match) {
      res.writeHead(404).end('not a fixture');
      return;
    }
    readFile(resolve(PAGES, `${match[1]}-${match[2]}`)).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => res.writeHead(404).end('no such fixture'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    page: (site, name) => `${url}/social-fixtures/${site}/${name}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
