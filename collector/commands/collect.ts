// `vigia collect --once`: one pass over every enabled source, a summary line per source, then exit.
import type { VigiaConfig } from '../config.ts';
import { warmEnrichmentPool } from '../enrich/pool/analyze-batch.ts';
import { forTerminal } from '../errors.ts';
import { collectSource, type SourceRunSummary } from '../pipeline/collect-source.ts';
import { createCollectDeps } from '../pipeline/collect-deps.ts';
import type { VigiaStore } from '../store/store.ts';

/** One run as a summary line; a source's error quotes remote answers, so it is printed without its controls. */
export function formatRun(s: SourceRunSummary): string {
  const what = s.ok ? (s.notModified ? 'not modified' : `${s.seen} seen, ${s.stored} new`) : `error: ${forTerminal(s.error ?? '')}`;
  return `${s.ok ? '✓' : '✗'} ${forTerminal(s.id)}: ${what} (${s.durationMs} ms)`;
}

/** Runs every enabled source once, sources on different hosts in parallel; never throws for a source. */
export async function collectOnce(config: VigiaConfig, store: VigiaStore, log: (line: string) => void = console.log): Promise<SourceRunSummary[]> {
  // The enrichment threads load their modules and models while the feeds download and parse. A bad
  // VIGIA_ENRICH_WORKERS is reported by each source's run that enriches, as before, not here.
  if (config.sources.some((s) => s.enabled)) {
    try {
      warmEnrichmentPool();
    } catch {
      // reported by the runs
    }
  }
  const deps = await createCollectDeps(config, store);
  const byHost = new Map<string, typeof config.sources>();
  for (const source of config.sources.filter((s) => s.enabled)) {
    const host = new URL(source.url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), source]);
  }
  const results = await Promise.all(
    [...byHost.values()].map(async (sources) => {
      const out: SourceRunSummary[] = [];
      for (const source of sources) {
        const summary = await collectSource(source, deps);
        log(formatRun(summary));
        out.push(summary);
      }
      return out;
    }),
  );
  await deps.close();
  return results.flat();
}
