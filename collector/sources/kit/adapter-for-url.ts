// Which adapter reads a bare URL (`vigia fetch URL`): the first in the registry that claims it, else
// the generic feed reader.
import type { SourceDefinition } from './define-source.ts';
import { SOURCES, sourceAdapter } from './registry.ts';
import { ConfigError } from '../../errors.ts';

export function sourceAdapterForUrl(url: string): SourceDefinition {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`"${url}" is not a URL`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new ConfigError(`"${url}" is not an http(s) URL`);
  return SOURCES.find((s) => s.claims?.(parsed)) ?? sourceAdapter('rss')!;
}
