// CSV exports read row by row, each row with the line it starts on, so a bad row can be named and skipped.
import { parse } from 'csv-parse/sync';
import { foldText } from '../../shared/text-fold.ts';

export interface ImportProblem {
  /** 1-based line of the file where the row starts (1 is the header). */
  line: number;
  reason: string;
}

export interface CsvRow {
  line: number;
  /** Cell values keyed by the header exactly as written. */
  cells: Map<string, string>;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  errors: ImportProblem[];
}

/** Header names compared without case, accents, spaces or punctuation: "Requester email" = "requester_email". */
export const columnKey = (header: string): string => foldText(header).replace(/[^\p{L}\p{N}]/gu, '');

/** The delimiter used most in the header line outside quotes: comma, semicolon (spreadsheets in Spanish) or tab. */
export function sniffDelimiter(content: string): string {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * Parses a CSV file with a header row. Quotes are relaxed (a stray quote inside a field does not swallow
 * the rest of the file); a row whose cell count differs from the header's is reported, not guessed at.
 */
export function readCsvTable(content: string): CsvTable {
  const errors: ImportProblem[] = [];
  let parsed: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    parsed = parse(content, {
      bom: true,
      delimiter: sniffDelimiter(content),
      info: true,
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        const line = (err as { lines?: unknown } | undefined)?.lines;
        errors.push({ line: typeof line === 'number' ? line : 0, reason: `unreadable CSV row: ${err?.message ?? 'unknown error'}` });
        return undefined;
      },
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  } catch (error) {
    return { headers: [], rows: [], errors: [{ line: 1, reason: `unreadable CSV: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const [header, ...body] = parsed;
  if (!header) return { headers: [], rows: [], errors: [{ line: 1, reason: 'empty file: expected a header row' }] };
  const headers = header.record.map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (const { record, raw, info } of body) {
    // `info.lines` is the line the record ends on; count back the line breaks inside it.
    const inner = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
    const line = info.lines - (inner.match(/\n/g)?.length ?? 0);
    if (record.length !== headers.length) {
      errors.push({ line, reason: `expected ${headers.length} columns as in the header, found ${record.length}` });
      continue;
    }
    rows.push({ line, cells: new Map(headers.map((h, i) => [h, record[i] ?? ''])) });
  }
  return { headers, rows, errors };
}
