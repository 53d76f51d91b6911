// `vigia migrate --from data/vigia.db --to postgres://…`: moves an installation to another store without
// loss — every table: mentions (with their seqs), sources, tokens, customers and journeys — and prints
// counts and checksums per table.
import { existsSync } from 'node:fs';
import { isPostgresUrl, openStoreAt } from '../store/open-store.ts';
import { redactUrl, StoreError } from '../store/store-error.ts';
import { copyStore, type TableCopyReport } from '../store/store-copy.ts';

export interface MigrateOptions {
  /** SQLite file or postgres:// URL to copy from. */
  from: string;
  /** postgres:// URL (or SQLite file) to copy into; must hold no mentions, sources or tokens. */
  to: string;
}

const shown = (location: string) => (isPostgresUrl(location) ? redactUrl(location) : location);

export function formatReport(r: TableCopyReport): string {
  const verdict = r.ok ? '✓' : '✗ MISMATCH';
  return `${r.table.padEnd(22)} rows ${String(r.sourceRows).padStart(8)} → ${String(r.targetRows).padEnd(8)} sha256 ${r.sourceChecksum.slice(0, 16)} → ${r.targetChecksum.slice(0, 16)} ${verdict}`;
}

/** Copies, verifies and reports; resolves true when every table arrived whole. */
export async function runMigrate(opts: MigrateOptions, out: (line: string) => void = console.log): Promise<boolean> {
  if (!isPostgresUrl(opts.from) && !existsSync(opts.from)) throw new StoreError(`no SQLite file at ${opts.from} to migrate from`);
  if (opts.from === opts.to) throw new StoreError('--from and --to name the same store');
  const source = await openStoreAt(opts.from);
  try {
    const target = await openStoreAt(opts.to);
    try {
      out(`Copying ${shown(opts.from)} → ${shown(opts.to)} (stop collectors and API servers first)`);
      const reports = await copyStore(source, target, (table, rows) => out(`  copied ${rows} ${table}`));
      for (const report of reports) out(formatReport(report));
      const ok = reports.every((r) => r.ok);
      out(ok ? 'Every table arrived whole. Point VIGIA_DATABASE_URL at the new store.' : 'Some tables differ: the old store is untouched; do not switch yet.');
      return ok;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
