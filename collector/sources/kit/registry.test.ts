import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../config.ts';
import { sourceAdapterForUrl } from './adapter-for-url.ts';
import { SOURCES } from './registry.ts';

describe('source registry', () => {
  it('has unique ids, and every example is a valid config entry that its own adapter claims', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    const config = validateConfig({ brands: [{ name: 'Acme', query: 'acme' }], sources: SOURCES.map((s) => s.example) });
    config.sources.forEach((entry, i) => {
      const adapter = SOURCES[i]!;
      expect(entry.kind).toBe(adapter.id);
      if (adapter.claims) expect(sourceAdapterForUrl(entry.url).id, adapter.id).toBe(adapter.id);
      if (adapter.options) expect(adapter.options.safeParse(entry).success, adapter.id).toBe(true);
    });
  });

  it('checks the adapter fields it declares', () => {
    const x = SOURCES.find((s) => s.id === 'x')!;
    expect(x.options?.safeParse({ ...x.example, bearerTokenEnv: 'AAAA BBBB.token' }).success).toBe(false);
    expect(x.options?.safeParse({ ...x.example, maxPages: 0 }).success).toBe(false);
  });
});
