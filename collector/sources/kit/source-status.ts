// How collection is going, per source: the store's run record joined with the config, for `vigia
// status` and GET /api/sources. A next run the store does not know is estimated from the last run.
import type { SourceConfig } from '../../config.ts';
import { everyMs as intervalOf, nextDelay } from '../../duration.ts';
import type { SourceState } from '../../store/store.ts';

/** One source as operators see it. */
export interface SourceStatus {
  id: string;
  kind: string;
  url: string;
  /** ok: last run succeeded; failing: last run failed; pending: never ran; disabled; removed: ran once, no longer configured. */
  health: 'ok' | 'failing' | 'pending' | 'disabled' | 'removed';
  /** Collect interval from the config ("15m"), when configured. */
  every?: string;
  lastRunAt?: string;
  lastSuccessAt?: string;
  /** Items the last run read, and how many of them were new and matched a brand. */
  itemsSeen: number;
  itemsNew: number;
  /** Consecutive failed runs. */
  errorCount: number;
  lastError?: string;
  /** When it runs next: as recorded, or estimated (`nextRunEstimated`) from the last run, interval and backoff. */
  nextRunAt?: string;
  nextRunEstimated?: boolean;
}

const MAX_BACKOFF_MS = 3_600_000;

function estimateNextRun(state: SourceState, everyMs: number): string | undefined {
  if (!state.lastRunAt) return undefined;
  const delay = nextDelay(everyMs, state.errorCount, { jitter: 0, maxBackoffMs: MAX_BACKOFF_MS });
  return new Date(Date.parse(state.lastRunAt) + delay).toISOString();
}

function healthOf(config: SourceConfig | undefined, state: SourceState | undefined): SourceStatus['health'] {
  if (!config) return 'removed';
  if (!config.enabled) return 'disabled';
  if (!state?.lastRunAt) return 'pending';
  return state.lastError && state.errorCount > 0 ? 'failing' : 'ok';
}

/** Every configured source (in config order), then sources the store knows that the config no longer lists. */
export function describeSources(configured: readonly SourceConfig[] | undefined, states: readonly SourceState[]): SourceStatus[] {
  const byId = new Map(states.map((s) => [s.id, s]));
  const rows: SourceStatus[] = (configured ?? []).map((config) => {
    const state = byId.get(config.id);
    const everyMs = intervalOf(config.every);
    const estimated = config.enabled && !state?.nextRunAt && state ? estimateNextRun(state, everyMs) : undefined;
    return {
      id: config.id,
      kind: config.kind,
      url: config.url,
      health: healthOf(config, state),
      every: config.every,
      lastRunAt: state?.lastRunAt,
      lastSuccessAt: state?.lastSuccessAt,
      itemsSeen: state?.itemsSeen ?? 0,
      itemsNew: state?.itemsNew ?? 0,
      errorCount: state?.errorCount ?? 0,
      lastError: state?.lastError,
      nextRunAt: config.enabled ? (state?.nextRunAt ?? estimated) : undefined,
      nextRunEstimated: estimated ? true : undefined,
    };
  });
  const listed = new Set(rows.map((r) => r.id));
  for (const state of states) {
    if (listed.has(state.id) || configured === undefined) continue;
    rows.push({ ...stateRow(state), health: 'removed', nextRunAt: undefined });
  }
  // Without a config (an API-only process), the store's record is all there is.
  if (configured === undefined) rows.push(...states.map((s) => ({ ...stateRow(s), health: s.errorCount > 0 && s.lastError ? ('failing' as const) : ('ok' as const) })));
  return rows;
}

function stateRow(state: SourceState): Omit<SourceStatus, 'health'> {
  return {
    id: state.id,
    kind: state.kind,
    url: state.url,
    lastRunAt: state.lastRunAt,
    lastSuccessAt: state.lastSuccessAt,
    itemsSeen: state.itemsSeen,
    itemsNew: state.itemsNew,
    errorCount: state.errorCount,
    lastError: state.lastError,
    nextRunAt: state.nextRunAt,
  };
}
