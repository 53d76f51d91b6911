// The fixture web serves real-format feeds and CRM pages, answers conditional GETs, reveals items on a
// timer, and never keeps a process alive once closed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FixtureServerError, lastRevealStep, revealFeed, startFixtureServer, type FixtureServer } from './fixture-server.ts';

const parser = new Parser<object, { id?: string; author?: string }>();
const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const FEEDS = { reddit: 21, mastodon: 16, news: 14 } as const;
const HIDDEN_AT_START = { reddit: 2, mastodon: 2, news: 1 } as const;
const FEED_NAMES = Object.keys(FEEDS) as (keyof typeof FEEDS)[];

async function itemsOf(url: string) {
  return (await parser.parseString(await (await fetch(url)).text())).items;
}

describe('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only and refuses other hosts', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(startFixtureServer({ host: '0.0.0.0' })).rejects.toThrow(FixtureServerError);
  });

  it.each([
    ['reddit-search.atom', 'application/atom+xml'],
    ['mastodon-tag.rss', 'application/rss+xml'],
    ['google-news.rss', 'application/rss+xml'],
    ['broken.rss', 'application/rss+xml'],
  ])('serves feeds/%s unchanged as %s with validators', async (file, type) => {
    const response = await fetch(`${server.url}/feeds/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(response.headers.get('last-modified') ?? '')).not.toBeNaN();
    expect(await response.text()).toBe(await fixture(`feeds/${file}`));
  });

  it('serves both CRM contact pages as HTML with a mailto link and social profiles', async () => {
    for (const [url, email, profile] of [
      [server.crmUrls.marta, 'mailto:marta@example.com', 'https://www.reddit.com/user/marta_rz'],
      [server.crmUrls.james, 'mailto:james.porter@example.co.uk', 'https://www.reddit.com/user/jamesp_uk'],
    ] as const) {
      const response = await fetch(url);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain(`href="${email}"`);
      expect(html).toContain(`href="${profile}"`);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\/[^"]+\.(css|js|png|woff2?)"/);
    }
    expect(await (await fetch(server.crmUrls.marta)).text()).toContain('href="https://mastodon.social/@marta_rz"');
  });

  it('answers 304 to a matching If-None-Match or If-Modified-Since, and 200 when the tag differs', async () => {
    const first = await fetch(server.feedUrls.reddit);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect((await fetch(server.feedUrls.reddit, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(server.feedUrls.reddit, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    const stale = await fetch(server.feedUrls.reddit, { headers: { 'if-none-match': '"old"', 'if-modified-since': lastModified } });
    expect(stale.status).toBe(200);
  });

  it('answers 404 to unknown paths and 405 to writes', async () => {
    for (const path of ['/feeds/nope.rss', '/', '/crm/../package.json', '/feeds/%2e%2e/fixture-server.ts']) {
      expect((await fetch(server.url + path)).status, path).toBe(404);
    }
    expect((await fetch(server.feedUrls.news, { method: 'POST' })).status).toBe(405);
  });

  it.each(FEED_NAMES)('%s parses with rss-parser: expected count, links and dates within the demo window', async (name) => {
    const items = await itemsOf(server.feedUrls[name]);
    expect(items).toHaveLength(FEEDS[name]);
    for (const item of items) {
      // Mastodon's tag feed has no <title>, as on real instances: the post text is the description.
      expect(name === 'mastodon' ? item.content : item.title).toMatch(/\S/);
      expect(item.link).toMatch(/^https:\/\//);
      const at = Date.parse(item.isoDate ?? '');
      expect(at).toBeGreaterThanOrEqual(Date.parse('2026-11-14T00:00:00Z'));
      expect(at).toBeLessThan(Date.parse('2026-11-24T00:00:00Z'));
    }
  });

  it('refuses the broken feed in rss-parser', async () => {
    await expect(parser.parseString(await (await fetch(server.feedUrls.broken)).text())).rejects.toThrow(/unclosed/i);
  });

  it('tells the demo story: Marta on Reddit and Mastodon, off-brand posts, one injection attempt', async () => {
    const [reddit, mastodon, news] = await Promise.all(FEED_NAMES.map((name) => itemsOf(server.feedUrls[name])));
    const all = [...reddit!, ...mastodon!, ...news!];
    const marta = reddit!.filter((item) => item.author === '/u/marta_rz');
    expect(marta.map((item) => item.title)).toContain('Tercera vez que el técnico de Lumora no aparece. Me cambio a Nubitel');
    expect(mastodon!.filter((item) => item.link?.startsWith('https://mastodon.social/@marta_rz/'))).toHaveLength(2);
    const text = (item: (typeof all)[number]) => `${item.title ?? ''} ${item.content ?? ''}`;
    expect(all.filter((item) => !/lumora/i.test(text(item)))).toHaveLength(2);
    expect(all.filter((item) => /lumora/i.test(text(item)) && /\bjobs\b/.test(text(item)))).toHaveLength(2);
    const injected = all.filter((item) => text(item).includes('onerror'));
    expect(injected).toHaveLength(1);
    expect(injected[0]!.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('holds the slow feed past a client timeout', async () => {
    await expect(fetch(server.feedUrls.slow, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
  });
});

describe('progressive reveal', () => {
  it('cuts marked items after the current step and keeps everything else byte for byte', async () => {
    const xml = await fixture('feeds/mastodon-tag.rss');
    expect(lastRevealStep(xml)).toBe(5);
    const counts = [0, 2, 3, 4, 5].map((step) => (revealFeed(xml, step).match(/<item>/g) ?? []).length);
    expect(counts).toEqual([14, 14, 15, 15, 16]);
    expect(revealFeed(xml, 5)).toBe(xml);
    await expect(parser.parseString(revealFeed(xml, 0))).resolves.toBeDefined();
  });

  it('hides the newest marked items at start', async () => {
    const server = await startFixtureServer({ revealEveryMs: 600_000 });
    try {
      for (const name of FEED_NAMES) {
        expect(await itemsOf(server.feedUrls[name]), name).toHaveLength(FEEDS[name] - HIDDEN_AT_START[name]);
      }
    } finally {
      await server.close();
    }
  });

  it('reveals one step per interval until every item is there, with new validators', async () => {
    const hidden = await startFixtureServer({ revealEveryMs: 600_000 });
    const live = await startFixtureServer({ revealEveryMs: 40 });
    try {
      const start = await fetch(hidden.feedUrls.mastodon);
      const startTag = start.headers.get('etag')!;
      await vi.waitFor(async () => expect(await itemsOf(live.feedUrls.mastodon)).toHaveLength(FEEDS.mastodon), { timeout: 4000, interval: 40 });
      for (const name of FEED_NAMES) expect(await itemsOf(live.feedUrls[name])).toHaveLength(FEEDS[name]);
      const revealed = await fetch(live.feedUrls.mastodon, { headers: { 'if-none-match': startTag } });
      expect(revealed.status).toBe(200);
      expect(Date.parse(revealed.headers.get('last-modified')!)).toBeGreaterThan(Date.parse(start.headers.get('last-modified')!));
    } finally {
      await Promise.all([hidden.close(), live.close()]);
    }
  });
});

describe('closing', () => {
  it('ends a held slow request instead of waiting for it', async () => {
    const server = await startFixtureServer();
    const request = httpGet(server.feedUrls.slow);
    const failed = once(request, 'error');
    let answered = false;
    request.on('response', () => (answered = true));
    await once(request, 'finish');
    await server.close();
    const [error] = await failed;
    expect((error as NodeJS.ErrnoException).code).toMatch(/ECONNRESET|ECONNREFUSED/);
    expect(answered).toBe(false);
  });

  it('lets the process exit once closed, even with a slow request held', async () => {
    const moduleUrl = new URL('./fixture-server.ts', import.meta.url).href;
    const script = `
      import { get } from 'node:http';
      const { startFixtureServer } = await import(${JSON.stringify(moduleUrl)});
      const server = await startFixtureServer();
      await fetch(server.feedUrls.reddit);
      const request = get(server.feedUrls.slow).on('error', () => {});
      await new Promise((resolve) => request.on('finish', resolve));
      await server.close();
      console.log('closed');`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 12_000,
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(out.trim()).toBe('closed');
  }, 15_000);
});
