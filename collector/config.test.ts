import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, validateConfig } from './config.ts';
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

  it('checks queries, kinds, durations and duplicate ids once the shape is right', () => {
    expect(() =>
      validateConfig({
        brands: [{ name: 'A', query: 'acme AND (' }],
        sources: [
          { id: 'a', kind: 'carrier-pigeon', url: 'https://example.org/a', every: 'often' },
          { id: 'a', kind: 'rss', url: 'https://example.org/b' },
        ],
      }),
    ).toThrow(/brands\[0\]\.query: [\s\S]*sources\[0\]\.kind: unknown kind "carrier-pigeon"[\s\S]*sources\[0\]\.every: "often"[\s\S]*sources\[1\]\.id: "a" is used twice/);
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

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-config-'));
  it('explains a missing file and broken JSON', async () => {
    await expect(loadConfig(join(dir, 'none.json'))).rejects.toThrow(/not found/);
    writeFileSync(join(dir, 'broken.json'), '{ "brands": [ }');
    await expect(loadConfig(join(dir, 'broken.json'))).rejects.toThrow(/is not valid JSON/);
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(smallest));
    expect((await loadConfig(join(dir, 'ok.json'))).brands[0]!.name).toBe('Acme');
  });
});
