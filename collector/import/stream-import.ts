// parseImport for a file of any size: lines are read as they come and handed on in batches of records, so
// memory stays flat however long the export is. CSV is cut between rows only (never inside a quoted cell
// that runs over several lines) and each piece is read by readCsvTable with the file's line numbers, so
// bad rows are named exactly as parseImport names them.
import { readCsvTable, sniffDelimiter, type ImportProblem } from './csv-table.ts';
import { choosePreset, mapCsvRows, readJsonlLine, type ParseImportOptions, type ParseImportResult } from './parse-import.ts';
import type { ImportPreset } from './presets/define-preset.ts';
import { PRESET_IDS } from './presets/index.ts';

/**
 * Lines per piece, and per commit of an import: large enough for quick batches (each commit writes every
 * index page its rows touched, nearly all of them on a large store; 5 000 lines took ×0.85 of the CPU of
 * 2 000 on 100 000 touchpoints), small enough to keep memory flat.
 */
export const IMPORT_BATCH_LINES = 5000;
/** A piece whose quote never closes is cut anyway at this many lines (readCsvTable reports that quote). */
const MAX_PIECE_LINES = IMPORT_BATCH_LINES * 8;

/** One batch: the records of a run of lines, with the problems found in them. */
export type ImportBatch = Pick<ParseImportResult, 'records' | 'errors' | 'skipped'>;

/** What the whole file turned out to be, known once its first line has been read. */
export interface StreamedImport {
  format: 'csv' | 'jsonl';
  mapping: ParseImportResult['mapping'];
  batches: AsyncGenerator<ImportBatch>;
}

/**
 * True when the line leaves a quoted cell open (the cell runs on to the next line), starting `quoted` or not:
 * a quote opens a cell only at its start and closes it only before a delimiter or the line's end, as
 * csv-parse reads them with relaxed quotes.
 */
export function endsQuoted(line: string, delimiter: string, quoted: boolean): boolean {
  let cellStart = !quoted;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch !== '"') continue;
      if (line[i + 1] === '"') i++;
      else if (i + 1 === line.length || line[i + 1] === delimiter) quoted = false;
    } else if (ch === '"' && cellStart) {
      quoted = true;
    } else {
      cellStart = ch === delimiter;
    }
  }
  return quoted;
}

async function* csvBatches(header: { text: string; line: number }, lines: AsyncIterator<string>, preset: ImportPreset, opts: ParseImportOptions): AsyncGenerator<ImportBatch> {
  const delimiter = sniffDelimiter(header.text);
  let piece: string[] = [];
  let firstLine = header.line + 1;
  let quoted = false;
  const flush = (): ImportBatch => {
    const table = readCsvTable([header.text, ...piece].join('\n'), firstLine);
    const batch: ImportBatch = { records: [], errors: table.errors, skipped: [] };
    mapCsvRows(table.rows, table.headers, preset, opts, batch);
    batch.errors.sort((a, b) => a.line - b.line);
    firstLine += piece.length;
    piece = [];
    return batch;
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    piece.push(next.value);
    quoted = endsQuoted(next.value, delimiter, quoted);
    if ((piece.length >= IMPORT_BATCH_LINES && !quoted) || piece.length >= MAX_PIECE_LINES) {
      quoted = false;
      yield flush();
    }
  }
  if (piece.length) yield flush();
}

async function* jsonlBatches(pending: string[], lines: AsyncIterator<string>): AsyncGenerator<ImportBatch> {
  let line = 0;
  let batch: ImportBatch = { records: [], errors: [], skipped: [] };
  const read = (text: string) => readJsonlLine(text, ++line, batch);
  for (const text of pending) read(text);
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    read(next.value);
    if (line % IMPORT_BATCH_LINES === 0) {
      yield batch;
      batch = { records: [], errors: [], skipped: [] };
    }
  }
  yield batch;
}

async function* once(batch: ImportBatch): AsyncGenerator<ImportBatch> {
  yield batch;
}

/** Reads the first lines, decides format and mapping (as parseImport does), and returns the batches to come. */
export async function streamImport(lineSource: AsyncIterable<string>, opts: ParseImportOptions = {}): Promise<StreamedImport> {
  const lines = lineSource[Symbol.asyncIterator]();
  // Blank lines before the first text decide nothing: the format is sniffed from the first non-blank character.
  const pending: string[] = [];
  let next = await lines.next();
  while (!next.done && !next.value.trim()) (pending.push(next.value), (next = await lines.next()));
  if (!next.done) pending.push(next.value);
  const format = opts.format ?? (next.done ? 'csv' : next.value.trimStart().startsWith('{') ? 'jsonl' : 'csv');
  const failed = (reason: string): StreamedImport => ({ format, mapping: undefined, batches: once({ records: [], errors: [{ line: 1, reason }], skipped: [] }) });
  if (opts.preset !== undefined && !PRESET_IDS.includes(opts.preset)) return failed(`unknown preset "${String(opts.preset)}": use one of ${PRESET_IDS.join(', ')}`);
  if (format === 'jsonl') {
    if (opts.preset) return failed(`the ${opts.preset} preset reads CSV exports, but this file is JSONL (generic records need no preset)`);
    return { format, mapping: 'jsonl', batches: jsonlBatches(pending, lines) };
  }
  // CSV: the header is the first line as readCsvTable sees it (blank lines before it are skipped there too).
  const header = pending.at(-1) ?? '';
  const result: ParseImportResult = { format, mapping: undefined, records: [], errors: [], skipped: [] };
  const table = readCsvTable(header);
  result.errors.push(...table.errors);
  const preset = choosePreset(table.headers, opts, result);
  if (!preset) return { format, mapping: undefined, batches: once({ records: [], errors: result.errors, skipped: [] }) };
  return { format, mapping: result.mapping, batches: csvBatches({ text: header, line: pending.length }, lines, preset, opts) };
}

export type { ImportProblem };
