// `vigia status`: each source's last run, items seen and new, errors and next run, as a table (or JSON
// lines with --json), read from the store and the config.
import { existsSync } from 'node:fs';
import { loadConfig, type VigiaConfig } from '../config.ts';
import { forTerminal, jsonForTerminal } from '../errors.ts';
import { describeSources, type SourceStatus } from '../sources/kit/source-status.ts';
import type { VigiaStore } from '../store/store.ts';
import { handleWarningText, handlesWithoutPlatform } from './status-handles.ts';

/** "12s ago", "4m ago", "in 2h", "now": a time relative to `now`, to the largest whole unit. */
export function relativeTime(iso: string | undefined, now: Date): string {
  if (!iso) return '–';
  const ms = Date.parse(iso) - now.getTime();
  const abs = Math.abs(ms);
  if (abs < 1_000) return 'now';
  // Seconds under a minute: a source collected every 30 s (the demo) would otherwise always say "now".
  const [value, unit] = abs < 60_000 ? [abs / 1_000, 's'] : abs < 3_600_000 ? [abs / 60_000, 'm'] : abs < 172_800_000 ? [abs / 3_600_000, 'h'] : [abs / 86_400_000, 'd'];
  const text = `${Math.round(value)}${unit}`;
  return ms < 0 ? `${text} ago` : `in ${text}`;
}

const HEALTH_MARK: Record<SourceStatus['health'], string> = { ok: '✓', failing: '✗', pending: '…', disabled: '–', removed: '?' };

function nextRunText(row: SourceStatus, now: Date): string {
  if (row.health === 'pending') return 'due';
  if (!row.nextRunAt) return '–';
  return `${row.nextRunEstimated ? '~' : ''}${relativeTime(row.nextRunAt, now)}`;
}

/** The status table: one line per source, then one line per failing source's last error (printed without its controls: it quotes remote answers). */
export function formatStatusTable(rows: readonly SourceStatus[], now: Date): string[] {
  const header = ['', 'SOURCE', 'KIND', 'LAST RUN', 'SEEN', 'NEW', 'ERRORS', 'NEXT RUN'];
  const cells = rows.map((r) => [HEALTH_MARK[r.health], forTerminal(r.id), forTerminal(r.kind), relativeTime(r.lastRunAt, now), String(r.itemsSeen), String(r.itemsNew), String(r.errorCount), nextRunText(r, now)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i >= 4 && i <= 6 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  const errors = rows.filter((r) => r.lastError && r.errorCount > 0).map((r) => forTerminal(`${r.id}: ${r.lastError}`));
  return [line(header), ...cells.map(line), ...(errors.length ? ['', ...errors] : [])];
}

export interface StatusOptions {
  json?: boolean;
  now?: Date;
}

/** Writes the status of every source; returns how many are failing (the command exits 1 when any is). */
export async function runStatus(store: VigiaStore, config: Pick<VigiaConfig, 'sources'> | undefined, write: (line: string) => void, opts: StatusOptions = {}): Promise<number> {
  const rows = describeSources(config?.sources, await store.listSourceStates());
  const handles = await handlesWithoutPlatform(store, config?.sources);
  const warningsOf = (id: string) => {
    const found = handles.get(id);
    return found ? [handleWarningText(id, found)] : undefined;
  };
  if (opts.json) rows.forEach((row) => write(jsonForTerminal({ ...row, warnings: warningsOf(row.id) })));
  else if (!rows.length) write('No sources yet: list them under "sources" in the config, then run "vigia collect --once" or "vigia start".');
  else {
    formatStatusTable(rows, opts.now ?? new Date()).forEach(write);
    const warnings = rows.flatMap((r) => warningsOf(r.id) ?? []);
    if (warnings.length) ['', ...warnings.map((w) => forTerminal(`warning: ${w}`))].forEach(write);
  }
  return rows.filter((r) => r.health === 'failing').length;
}

/** The config to join with the store: the file given, else the default file when it exists, else none. */
export async function statusConfig(path: string | undefined, defaultPath: string): Promise<VigiaConfig | undefined> {
  if (path) return loadConfig(path);
  return existsSync(defaultPath) ? loadConfig(defaultPath) : undefined;
}
