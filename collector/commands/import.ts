// `vigia import FILE [--preset …]`: CRM and helpdesk exports into the store. Every good row is imported,
// every bad one reported with its line (or record) and reason; the counts say what changed. A file that is
// not UTF-8 is read as Windows-1252 with a note saying so, or refused with the encoding named.
import { readFile } from 'node:fs/promises';
import { importRecords } from '../customers/import-runner.ts';
import { VigiaError } from '../errors.ts';
import { decodeExport } from '../import/decode-export.ts';
import { parseImport, type ParseImportOptions } from '../import/parse-import.ts';
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
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportCommandError(code === 'ENOENT' ? `${file} not found` : `cannot read ${file}: ${code ?? String(error)}`);
  }
  const decoded = decodeExport(bytes);
  if ('error' in decoded) throw new ImportCommandError(`${file}: ${decoded.error}`);
  const content = decoded.text;
  const parseOptions: ParseImportOptions = {
    ...(opts.preset ? { preset: opts.preset as PresetId } : {}),
    ...(opts.utcOffset ? { utcOffset: opts.utcOffset } : {}),
    ...(opts.dayFirst ? { dayFirst: true } : {}),
  };
  const parsed = parseImport(content, parseOptions);
  const summary = await importRecords(store.customers, parsed.records, (opts.now ?? new Date()).toISOString());
  const lines = [
    ...(decoded.note ? [`· ${file}: ${decoded.note}`] : []),
    ...parsed.errors.map((e) => `✗ line ${e.line}: ${e.reason}`),
    ...summary.outcomes.flatMap((o, i) => (o.status === 'error' ? [`✗ record ${parsed.records[i]!.externalId}: ${o.reason}`] : [])),
    ...parsed.skipped.map((s) => `· line ${s.line} skipped: ${s.reason}`),
  ];
  const failed = parsed.errors.length + summary.outcomes.filter((o) => o.status === 'error').length;
  const { customers: c, touchpoints: t } = summary;
  lines.push(
    `${file} (${parsed.mapping ?? parsed.format}): ` +
      `customers ${c.created} new, ${c.updated} updated; ` +
      `touchpoints ${t.inserted} new, ${t.updated} updated, ${t.unchanged} unchanged; ` +
      `${plural(summary.mentionsLinked, 'public mention')} linked; ${plural(parsed.skipped.length, 'row')} skipped; ${plural(failed, 'error')}`,
  );
  for (const line of lines) out(line);
  return { failed, lines };
}
