// `vigia collect --once` as a user runs it, against the fixture web: a malformed feed and a feed that
// times out are recorded on their sources while the others are collected; re-collecting stores nothing twice.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../collector/demo/fixture-server.ts';
import { openSqliteStore } from '../collector/store/sqlite-store.ts';

const run = promisify(execFile);
const vigia = resolve('bin/vigia.js');
let fixture: Awaited<ReturnType<typeof startFixtureServer>>;
let dir: string;

beforeAll(async () => {
  fixture = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'vigia-collect-'));
  const config = {
    brands: [{ name: 'Lumora', query: '(lumora OR "mi lumora" OR #lumora) -hiring -jobs -empleo' }],
    sources: [
      { id: 'reddit', kind: 'rss', url: fixture.feedUrls.reddit, every: '5m' },
      { id: 'mastodon', kind: 'rss', url: fixture.feedUrls.mastodon, every: '5m' },
      { id: 'news', kind: 'rss', url: fixture.feedUrls.news, every: '5m', platform: 'google-news' },
      { id: 'broken', kind: 'rss', url: fixture.feedUrls.broken, every: '5m' },
      { id: 'slow', kind: 'rss', url: fixture.feedUrls.slow, every: '5m', timeoutMs: 1500 },
    ],
  };
  writeFileSync(join(dir, 'vigia.config.json'), JSON.stringify(config));
});
afterAll(async () => {
  await fixture.close();
  rmSync(dir, { recursive: true, force: true });
});

const collect = () => run('node', [vigia, 'collect', '--once', '--config', join(dir, 'vigia.config.json')], { env: { ...process.env, VIGIA_DATA_DIR: join(dir, 'data') } });

describe('vigia collect --once', () => {
  it('collects the good feeds, records the bad ones, and exits 0', async () => {
    const { stdout } = await collect();
    expect(stdout).toMatch(/✓ reddit: \d+ seen, \d+ new/);
    expect(stdout).toMatch(/✗ broken: error: parser: not a valid RSS\/Atom feed/);
    expect(stdout).toMatch(/✗ slow: error: fetcher: .* timed out after 1500 ms/);
    expect(stdout).toMatch(/5 sources, \d+ new mentions, 2 failed/);

    const store = openSqliteStore(join(dir, 'data', 'vigia.db'));
    try {
      const { items } = await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 500);
      expect(items.length).toBeGreaterThan(20);
      // The brand filter dropped job ads and off-topic posts; every stored mention matched Lumora.
      expect(items.every((m) => m.matches[0]?.brand === 'Lumora')).toBe(true);
      expect(items.some((m) => /hiring|empleo/i.test(m.text + (m.title ?? '')))).toBe(false);
      expect(new Set(items.map((m) => m.platform))).toEqual(new Set(['reddit', 'mastodon', 'google-news']));
      const marta = items.filter((m) => m.author.handle === 'marta_rz');
      expect(marta.some((m) => 'label' in m.sentiment && m.sentiment.label === 'negative')).toBe(true);
      expect(await store.sourceState('broken')).toMatchObject({ errorCount: 1, lastError: expect.stringMatching(/^parser:/) });
      expect(await store.sourceState('reddit')).toMatchObject({ errorCount: 0, etag: expect.any(String) });
    } finally {
      await store.close();
    }
  });

  it('stores nothing twice when run again, and counts errors per source', async () => {
    const { stdout } = await collect();
    expect(stdout).toMatch(/5 sources, 0 new mentions, 2 failed/);
    const store = openSqliteStore(join(dir, 'data', 'vigia.db'));
    try {
      expect(await store.sourceState('broken')).toMatchObject({ errorCount: 2 });
    } finally {
      await store.close();
    }
  });

  it('fails with one clear message per bad config field', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ brands: [], sources: [{ id: 'x', kind: 'rss', url: 'nope' }] }));
    const error = await run('node', [vigia, 'collect', '--once', '--config', join(dir, 'bad.json')]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toMatch(/brands: list at least one brand[\s\S]*sources\[0\]\.url: must be an http\(s\) URL/);
  });
});
