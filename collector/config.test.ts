import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findUnknownKeys } from './config-keys.ts';
import { loadConfig, MAX_SOURCE_EVERY_MS, validateConfig } from './config.ts';
import { ConfigError } from './errors.ts';

const smallest = {
  brands: [{ name: 'Acme', query: 'acme OR "acme corp" -jobs' }],
  sources: [{ id: 'acme-news', kind: 'rss', url: 'https://example.org/feed.xml', every: '5m' }],
};

describe('validateConfig', () => {
  it('accepts the smallest documented config and fills defaults', () => {
    const config = validateConfig(smallest);
    expect(config.sources[0]).toMatchObject({ enabled: true, timeoutMs: 15_000 });
    expect(config.api).toMatchObject({ port: 8787, host: '127.0.0.1', allowedOrigins: [] });
    expect(config.collector.userAgent).toMatch(/^Vigia\//);
  });

  it('reads reply templates, reply accounts (by env var name) and mutes of a brand, and names what is wrong in them', () => {
    const brand = {
      name: 'Acme', query: 'acme',
      replies: [{ id: 'sorry', lang: 'es', text: 'Hola {author}, lo sentimos. {link}' }],
      replyAccounts: { mastodon: { instance: 'https://mastodon.example/', accessTokenEnv: 'ACME_MASTODON_TOKEN' }, bluesky: { identifier: 'acme.bsky.social', appPasswordEnv: 'ACME_BSKY_PASSWORD' } },
      mute: { authors: ['@promo_bot'], phrases: ['sorteo exprés'] },
    };
    const config = validateConfig({ ...smallest, brands: [brand] });
    expect(config.brands[0]?.replyAccounts).toEqual({ mastodon: { instance: 'https://mastodon.example', accessTokenEnv: 'ACME_MASTODON_TOKEN' }, bluesky: { identifier: 'acme.bsky.social', appPasswordEnv: 'ACME_BSKY_PASSWORD', service: 'https://bsky.social' } });
    expect(config.brands[0]?.mute).toEqual({ authors: ['@promo_bot'], sources: [], phrases: ['sorteo exprés'] });
    const bad = {
      ...brand,
      replies: [{ id: 'sorry', lang: 'es', text: 'Hola {nombre}' }],
      replyAccounts: { mastodon: { instance: 'https://mastodon.example', accessTokenEnv: 'abc def secret-token' } },
      mute: { sources: ['Not A Source!'], phrases: ['!!!'] },
    };
    const message = (() => { try { validateConfig({ ...smallest, brands: [bad] }); return ''; } catch (e) { return (e as Error).message; } })();
    expect(message).toMatch(/brands\[0\]\.replies\[0\]\.text: unknown placeholder \{nombre\}/);
    expect(message).toMatch(/brands\[0\]\.replyAccounts\.mastodon\.accessTokenEnv: must be the name of an environment variable/);
    expect(message).toMatch(/brands\[0\]\.mute\.sources\[0\]: "Not A Source!" is neither a source id/);
    expect(message).toMatch(/brands\[0\]\.mute\.phrases\[0\]: "!!!" has no letters or digits/);
  });

  it('names every bad field, one line each', () => {
    const bad = {
      brands: [{ name: '', query: 'acme AND (' }],
      sources: [
        { id: 'Bad Id', kind: 'rss', url: 'ftp://x', every: '5m' },
        { id: 'ok', kind: 'carrier-pigeon', url: 'https://example.org/a', every: 'often' },
        { id: 'ok', kind: 'rss', url: 'https://example.org/b' },
      ],
      api: { port: 99999 },
    };
    let error: ConfigError | undefined;
    try {
      validateConfig(bad);
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = error!.problems.join('\n');
    for (const field of ['brands[0].name', 'sources[0].id', 'sources[0].url', 'api.port']) expect(problems).toContain(`${field}:`);
    expect(error!.message).toMatch(/^config: config is invalid/);
  });

  it('checks queries, kinds, durations and duplicate ids', () => {
    expect(() =>
      validateConfig({
        brands: [{ name: 'A', query: 'acme AND (' }],
        sources: [
          { id: 'a', kind: 'carrier-pigeon', url: 'https://example.org/a', every: 'often' },
          { id: 'a', kind: 'rss', url: 'https://example.org/b' },
        ],
      }),
    ).toThrow(/brands\[0\]\.query: [\s\S]*sources\[0\]\.every: "often"[\s\S]*sources\[0\]\.kind: unknown kind "carrier-pigeon"[\s\S]*sources\[1\]\.id: "a" is used twice/);
  });
});

it("accepts sources[].brand naming a configured brand, and names any other", () => {
  const brands = [{ name: 'Acme', query: 'acme -jobs' }];
  const source = { id: 'acme-reviews', kind: 'rss', url: 'https://example.org/reviews.xml', brand: 'Acme' };
  expect(validateConfig({ brands, sources: [source] }).sources[0]).toMatchObject({ brand: 'Acme' });
  expect(() => validateConfig({ brands, sources: [{ ...source, brand: 'Acne' }] })).toThrow('sources[0].brand: "Acne" is not the name of a brand ("Acme")');
  expect(() => validateConfig({ brands, sources: [{ ...source, brand: '' }] })).toThrow('sources[0].brand: must not be empty');
});

it("checks each adapter's own fields when the config loads", () => {
  expect(() => validateConfig({ brands: [{ name: 'A', query: 'a' }], sources: [{ id: 'r', kind: 'reviews', url: 'https://example.org/r', maxPages: 0 }] })).toThrow(
    /sources\[0\]\.maxPages: /,
  );
});

/** The problems validateConfig reports for `input`, one string each. */
function problemsOf(input: unknown): string[] {
  try {
    validateConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe('unknown keys', () => {
  it('names each unknown key, at every level, with the nearest known one — all in one round with the other errors', () => {
    const problems = problemsOf({
      brands: [{ name: 'Acme', qeury: 'acme' }],
      source: [],
      sources: [
        { id: 'news', kind: 'rss', url: 'https://example.org/feed.xml', evry: '5m' },
        { id: 'reviews', kind: 'reviews', url: 'https://example.org/r', maxPage: 3, robots: true },
        { id: 'feed', kind: 'rss', url: 'https://example.org/b', maxPages: 3 },
      ],
      api: { prot: 8787, port: 99_999 },
      collector: { userAgnet: 'x' },
      alerts: { minPriorty: 50, spike: { factr: 2 }, webhooks: [{ url: 'https://hooks.example/x', kind: ['spike'] }] },
      retention: { touchpointsDays: 30 },
      zzzz: true,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'brands[0].query: Invalid input: expected string, received undefined',
        'api.port: Too big: expected number to be <=65535',
        'brands[0].qeury: unknown key "qeury": did you mean "query"?',
        'source: unknown key "source": did you mean "sources"?',
        'sources[0].evry: unknown key "evry": did you mean "every"?',
        'sources[1].maxPage: unknown key "maxPage": did you mean "maxPages"?',
        expect.stringMatching(/^sources\[2\]\.maxPages: unknown key "maxPages": the nearest known one is "\w+" \(known here: id, kind, url, every, enabled, platform, timeoutMs(, \w+)*\)$/),
        'api.prot: unknown key "prot": did you mean "port"?',
        'collector.userAgnet: unknown key "userAgnet": did you mean "userAgent"?',
        'alerts.minPriorty: unknown key "minPriorty": did you mean "minPriority"?',
        'alerts.spike.factr: unknown key "factr": did you mean "factor"?',
        'alerts.webhooks[0].kind: unknown key "kind": did you mean "kinds"?',
        'retention.touchpointsDays: unknown key "touchpointsDays": did you mean "touchpointDays"?',
        expect.stringMatching(/^zzzz: unknown key "zzzz": the nearest known one is "\w+" \(known here: brands, sources, api, collector, alerts(, \w+)*\)$/),
      ]),
    );
    expect(problems).toHaveLength(14);
  });

  it('knows a key as soon as the schema has it: adding a setting is one line', () => {
    const base = z.object({ name: z.string(), nested: z.object({ a: z.number() }).optional() });
    const input = { name: 'x', competitor: true, nested: { a: 1, b: 2 } };
    expect(findUnknownKeys(base, input).map((p) => p.path.join('.'))).toEqual(['competitor', 'nested.b']);
    const extended = base.extend({ competitor: z.boolean().optional(), nested: z.object({ a: z.number(), b: z.number() }) });
    expect(findUnknownKeys(extended, input)).toEqual([]);
  });
});

describe('limits', () => {
  const withSource = (fields: Record<string, unknown>) => ({ ...smallest, sources: [{ ...smallest.sources[0], ...fields }] });

  it('takes every source interval from a second up to 7 days, what the scheduler can honour', () => {
    expect(MAX_SOURCE_EVERY_MS).toBe(7 * 86_400_000);
    expect(validateConfig(withSource({ every: '7d' })).sources[0]!.every).toBe('7d');
    expect(problemsOf(withSource({ every: '8d' }))).toEqual(['sources[0].every: "8d" is longer than the longest interval, 7 days ("7d")']);
    expect(problemsOf(withSource({ every: '30d' }))).toHaveLength(1);
    expect(problemsOf(withSource({ every: '500ms' }))).toEqual(['sources[0].every: "500ms" is shorter than the shortest interval, 1 second']);
  });

  it('refuses a User-Agent with a line break and a body limit above 100 MiB', () => {
    expect(problemsOf({ ...smallest, collector: { userAgent: 'Vigia/1\r\nX-Injected: 1', maxBodyBytes: 200 * 1024 * 1024 } })).toEqual([
      'collector.userAgent: must be one line of printable ASCII: no line breaks, control or non-ASCII characters',
      'collector.maxBodyBytes: must be at most 104857600 (100 MiB)',
    ]);
    expect(validateConfig({ ...smallest, collector: { maxBodyBytes: 100 * 1024 * 1024 } }).collector.maxBodyBytes).toBe(104_857_600);
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-config-'));
  it('explains a missing file and broken JSON', async () => {
    await expect(loadConfig(join(dir, 'none.json'))).rejects.toThrow(/not found/);
    writeFileSync(join(dir, 'broken.json'), '{ "brands": [ }');
    await expect(loadConfig(join(dir, 'broken.json'))).rejects.toThrow(/is not valid JSON/);
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(smallest));
    expect((await loadConfig(join(dir, 'ok.json'))).brands[0]!.name).toBe('Acme');
  });

  it('accepts a UTF-8 byte-order mark, as Windows editors write it', async () => {
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(smallest)}`);
    expect((await loadConfig(join(dir, 'bom.json'))).sources[0]!.id).toBe('acme-news');
  });
});
