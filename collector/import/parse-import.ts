// `vigia import`: CSV or JSONL exports → generic import records, every good row kept, every bad one named by line.
import { readCsvTable, type CsvRow, type ImportProblem } from './csv-table.ts';
import type { ImportDateOptions } from './import-date.ts';
import { toImportRecord, type ImportRecord } from './import-record.ts';
import { ImportRowError, RowReader, type ImportPreset } from './presets/define-preset.ts';
import { detectPreset, genericCsvPreset, missingColumns, PRESET_IDS, PRESETS, type PresetId } from './presets/index.ts';

export type { ImportProblem } from './csv-table.ts';

export interface ParseImportOptions extends ImportDateOptions {
  /** Sniffed when absent: a file whose first non-blank character is "{" is JSONL, anything else CSV. */
  format?: 'csv' | 'jsonl';
  /** The export a CSV comes from; when absent it is recognised by its header (see `detectPreset`). */
  preset?: PresetId;
}

export interface ParseImportResult {
  format: 'csv' | 'jsonl';
  /** The mapping used: a preset id, `generic` (generic CSV columns) or `jsonl`. */
  mapping: PresetId | 'generic' | 'jsonl' | undefined;
  records: ImportRecord[];
  /** Rows that could not be imported, with the line they start on. */
  errors: ImportProblem[];
  /** Rows read fine but left out on purpose (a CRM note is not a customer interaction). */
  skipped: ImportProblem[];
}

export function sniffFormat(content: string): 'csv' | 'jsonl' {
  return content.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

export function parseImport(content: string, opts: ParseImportOptions = {}): ParseImportResult {
  const format = opts.format ?? sniffFormat(content);
  if (opts.preset !== undefined && !PRESET_IDS.includes(opts.preset)) {
    return failed(format, `unknown preset "${String(opts.preset)}": use one of ${PRESET_IDS.join(', ')}`);
  }
  if (format === 'jsonl') {
    if (opts.preset) return failed(format, `the ${opts.preset} preset reads CSV exports, but this file is JSONL (generic records need no preset)`);
    return parseJsonl(content);
  }
  return parseCsv(content, opts);
}

const failed = (format: 'csv' | 'jsonl', reason: string): ParseImportResult => ({
  format,
  mapping: undefined,
  records: [],
  errors: [{ line: 1, reason }],
  skipped: [],
});

function parseJsonl(content: string): ParseImportResult {
  const result: ParseImportResult = { format: 'jsonl', mapping: 'jsonl', records: [], errors: [], skipped: [] };
  content.replace(/^\uFEFF/, '').split('\n').forEach((raw, index) => readJsonlLine(raw, index + 1, result));
  return result;
}

/** One line of a JSONL export into `result`: a record, an error naming the line, or nothing (blank). */
export function readJsonlLine(raw: string, line: number, result: Pick<ParseImportResult, 'records' | 'errors'>): void {
  const text = raw.trim();
  if (!text) return;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    result.errors.push({ line, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  const outcome = toImportRecord(value, 'jsonl');
  if ('record' in outcome) result.records.push(outcome.record);
  else result.errors.push({ line, reason: outcome.reason });
}

function parseCsv(content: string, opts: ParseImportOptions): ParseImportResult {
  const table = readCsvTable(content);
  const result: ParseImportResult = { format: 'csv', mapping: undefined, records: [], errors: [...table.errors], skipped: [] };
  const preset = choosePreset(table.headers, opts, result);
  if (preset) mapCsvRows(table.rows, table.headers, preset, opts, result);
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

/**
 * The preset that reads a CSV with these headers (the one named, else recognised), with `result.mapping`
 * set; undefined when there is none or columns are missing, with the reason first among `result.errors`.
 */
export function choosePreset(headers: string[], opts: ParseImportOptions, result: ParseImportResult): ImportPreset | undefined {
  if (!headers.length) return undefined;
  const preset: ImportPreset | undefined = opts.preset ? PRESETS.find((p) => p.id === opts.preset) : detectPreset(headers);
  if (!preset) {
    result.errors.unshift({ line: 1, reason: `unknown CSV columns: name the export with a preset (${PRESET_IDS.join(', ')}) or use the generic columns (channel, at, email, …)` });
    return undefined;
  }
  const missing = missingColumns(preset, headers);
  if (missing.length) {
    result.errors.unshift({ line: 1, reason: `${preset.name}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}` });
    return undefined;
  }
  result.mapping = preset === genericCsvPreset ? 'generic' : (preset.id as PresetId);
  return preset;
}

/** CSV rows through the preset into `result`: records, or the row's line with why it was left out. */
export function mapCsvRows(rows: readonly CsvRow[], headers: string[], preset: ImportPreset, opts: ParseImportOptions, result: Pick<ParseImportResult, 'records' | 'errors' | 'skipped'>): void {
  const idPrefix = preset === genericCsvPreset ? 'csv' : preset.id;
  for (const row of rows) {
    try {
      const mapped = preset.toRecords(new RowReader(row, opts), headers);
      if ('skip' in mapped) {
        result.skipped.push({ line: row.line, reason: mapped.skip });
        continue;
      }
      const outcomes = mapped.map((input) => toImportRecord(input, idPrefix));
      const bad = outcomes.find((o) => 'reason' in o);
      if (bad && 'reason' in bad) result.errors.push({ line: row.line, reason: bad.reason });
      else for (const o of outcomes) if ('record' in o) result.records.push(o.record);
    } catch (error) {
      if (!(error instanceof ImportRowError)) throw error;
      result.errors.push({ line: row.line, reason: error.message });
    }
  }
}
