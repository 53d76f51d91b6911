// Every source adapter, in one explicit list: adding a source is adding a file and a line here.
import type { SourceDefinition } from './define-source.ts';
import rss from './rss.ts';

export const SOURCES: readonly SourceDefinition[] = [rss];

export const sourceAdapterIds = (): string[] => SOURCES.map((s) => s.id);

export function sourceAdapter(id: string): SourceDefinition | undefined {
  return SOURCES.find((s) => s.id === id);
}
