// Extra, adapter-specific fields of a source entry (config entries are loose): validated here with zod,
// so a bad field fails the source with one clear line instead of a crash deep in an adapter.
import type { z } from 'zod';
import type { SourceConfig } from '../../config.ts';
import { ConfigError } from '../../errors.ts';

/** The adapter's own fields of `config`, or a ConfigError naming the source and each bad field. */
export function readSourceOptions<T extends z.ZodType>(config: SourceConfig, schema: T): z.infer<T> {
  const parsed = schema.safeParse(config);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`);
  throw new ConfigError(`source ${config.id}: ${problems.join('; ')}`);
}

/** `url` with `params` set (an existing value is kept unless `override`). */
export function withParams(url: string | URL, params: Record<string, string | number | undefined>, override = false): URL {
  const out = new URL(url);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || (!override && out.searchParams.has(key))) continue;
    out.searchParams.set(key, String(value));
  }
  return out;
}

/** The larger of two numeric ids given as strings (snowflakes exceed 2^53, so no Number()). */
export function newerId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || !/^\d+$/.test(a)) return b;
  if (b === undefined || !/^\d+$/.test(b)) return a;
  return BigInt(a) >= BigInt(b) ? a : b;
}
