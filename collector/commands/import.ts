// `vigia import FILE [--preset …]`: CRM and helpdesk exports into the store. Every good row is imported,
// every bad one reported with its line (or record) and reason; the counts say what changed. A file that is
// not UTF-8 is read as Windows-1252 with a note saying so, or refused with the encoding named. The file is
// streamed (a batch of rows at a time), so memory stays flat whatever its size.
import { stat } from 'node:fs/promises';
import { settleStaleCustomers } from '../customers/customer-maintenance.ts';
import { emptyImportSummary, importRecords } from '../customers/import-runner.ts';
import { VigiaError } from '../errors.ts';
import type { ImportProblem } from '../import/csv-table.ts';
import { exportTextChunks, sniffExportEncoding, textLines } from '../import/export-encoding.ts';
import type { ParseImportOptions } from '../import/parse-import.ts';
import { streamImport } from '../import/stream-import.ts';
import { PRESET_IDS, type PresetId } from '../import/presets/index.ts';
import type { VigiaStore } from '../store/store.ts';

/** Reading the file or naming the preset failed before any row was read. */
export class ImportCommandError extends VigiaError {
  constructor(message: string) {
    super('import', message);
  }
}

export interface ImportCommandOptions {
  preset?: string;
  /** Offset of dates written without one, e.g. "+01:00". */
  utcOffset?: string;
  dayFirst?: boolean;
  now?: Date;
}

export interface ImportCommandResult {
  /** Rows or records that could not be imported. */
  failed: number;
  lines: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runImportCommand(store: VigiaStore, file: string, opts: ImportCommandOptions = {}, out: (line: string) => void = console.log): Promise<ImportCommandResult> {
  if (opts.preset !== undefined && !PRESET_IDS.includes(opts.preset as PresetId)) {
    throw new ImportCommandError(`unknown preset "${opts.preset}": use one of ${PRESET_IDS.join(', ')}`);
  }
  try {
    if (!(await stat(file)).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportCommandError(code === 'ENOENT' ? `${file} not found` : `cannot read ${file}: ${code ?? String(error)}`);
  }
  // Read twice, never whole: once for the encoding, once for the rows, a batch of records at a time.
  const encoding = await sniffExportEncoding(file);
  if ('error' in encoding) throw new ImportCommandError(`${file}: ${encoding.error}`);
  const parseOptions: ParseImportOptions = {
    ...(opts.preset ? { preset: opts.preset as PresetId } : {}),
    ...(opts.utcOffset ? { utcOffset: opts.utcOffset } : {}),
    ...(opts.dayFirst ? { dayFirst: true } : {}),
  };
  const now = (opts.now ?? new Date()).toISOString();
  const parsed = await streamImport(textLines(exportTextChunks(file, encoding.encoding)), parseOptions);
  const summary = emptyImportSummary();
  const errors: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  const recordErrors: string[] = [];
  for await (const batch of parsed.batches) {
    errors.push(...batch.errors);
    skipped.push(...batch.skipped);
    const part = await importRecords(store.customers, batch.records, now, { settle: false });
    part.outcomes.forEach((o, i) => o.status === 'error' && recordErrors.push(`✗ record ${batch.records[i]!.externalId}: ${o.reason}`));
    for (const key of ['created', 'updated', 'unchanged'] as const) summary.customers[key] += part.customers[key];
    for (const key of ['inserted', 'updated', 'unchanged'] as const) summary.touchpoints[key] += part.touchpoints[key];
    summary.mentionsLinked += part.mentionsLinked;
  }
  // Journeys and churn judgements of every customer the file changed, once, after its last batch.
  await settleStaleCustomers(store.customers, now);
  const lines = [
    ...(encoding.note ? [`· ${file}: ${encoding.note}`] : []),
    ...errors.map((e) => `✗ line ${e.line}: ${e.reason}`),
    ...recordErrors,
    ...skipped.map((s) => `· line ${s.line} skipped: ${s.reason}`),
  ];
  const failed = errors.length + recordErrors.length;
  const { customers: c, touchpoints: t } = summary;
  lines.push(
    `${file} (${parsed.mapping ?? parsed.format}): ` +
      `customers ${c.created} new, ${c.updated} updated; ` +
      `touchpoints ${t.inserted} new, ${t.updated} updated, ${t.unchanged} unchanged; ` +
      `${plural(summary.mentionsLinked, 'public mention')} linked; ${plural(skipped.length, 'row')} skipped; ${plural(failed, 'error')}`,
  );
  for (const line of lines) out(line);
  return { failed, lines };
}
