// CSV exports read row by row, each row with the line it starts on, so a bad row can be named and skipped.
// A quote that is never closed would swallow the rows after it (to the end of the file, or to the next
// quote that can close it): such a row is reported by line and the lines after it are read again as rows.
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

type ParsedRecord = { record: string[]; raw: string; info: { lines: number } };

/** Rows with broken quotes read around; past them the rest of a file is refused, not read again and again. */
const MAX_RESTARTS = 200;

/** Keys of the header names and aliases seen so far: a file has few, looked up for every cell of every row. */
const columnKeys = new Map<string, string>();
const MAX_COLUMN_KEYS = 4096;

/** Header names compared without case, accents, spaces or punctuation: "Requester email" = "requester_email". */
export function columnKey(header: string): string {
  let key = columnKeys.get(header);
  if (key === undefined) {
    key = foldText(header).replace(/[^\p{L}\p{N}]/gu, '');
    if (columnKeys.size >= MAX_COLUMN_KEYS) columnKeys.clear();
    columnKeys.set(header, key);
  }
  return key;
}

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
 * True when a line reads as a row of its own: `columns - 1` delimiters outside quotes, and no quote that
 * closes a cell opened on an earlier line (a quote after text, followed by a delimiter or the line's end).
 * The lines inside a multi-line cell that was closed fail this: its closing quote is on the last of them.
 */
function isRowOnItsOwn(line: string, delimiter: string, columns: number): boolean {
  let delimiters = 0;
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    const next = line[i + 1];
    const endsCell = next === undefined || next === delimiter;
    if (quoted) {
      if (ch !== '"') continue;
      if (next === '"') i++;
      else if (endsCell) quoted = false;
    } else if (ch === '"' && cellStart) {
      quoted = true;
      cellStart = false;
    } else if (ch === '"' && endsCell) {
      return false;
    } else if (ch === delimiter) {
      delimiters++;
      cellStart = true;
    } else {
      cellStart = false;
    }
  }
  return delimiters === columns - 1;
}

/**
 * Parses a CSV file with a header row. Quotes are relaxed (a stray quote inside a field is kept as text);
 * a row whose cell count differs from the header's is reported, not guessed at. `firstLine`: the line of
 * the file the body (the line after the header) starts on, when `content` is a header and a slice of a
 * larger file read piece by piece (see stream-import.ts). @default 2
 */
export function readCsvTable(content: string, firstLine = 2): CsvTable {
  // Lines of `content` as lines of the file (the header stays line 1).
  const fileLine = (line: number) => (line <= 1 ? line : line + firstLine - 2);
  // One line ending: csv-parse counts "\r\n" inside a multi-line cell as two lines.
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = sniffDelimiter(text);
  const lines = text.split('\n');
  const errors: ImportProblem[] = [];
  const rows: CsvRow[] = [];
  let headers: string[] = [];
  // Each pass reads from line `from` on (the header, then the body from there); an unclosed quote ends it.
  for (let from = 2, pass = 0; ; pass++) {
    const body = pass === 0 ? text : `${lines[0]}\n${lines.slice(from - 1).join('\n')}`;
    const skipped: { line: number; code?: string; message?: string }[] = [];
    let parsed: ParsedRecord[];
    try {
      parsed = parse(body, {
        delimiter,
        info: true,
        raw: true,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        on_skip: (err) => {
          const { lines: at, code } = (err ?? {}) as { lines?: unknown; code?: string };
          skipped.push({ line: typeof at === 'number' ? at : 0, code, message: err?.message });
          return undefined;
        },
      }) as unknown as ParsedRecord[];
    } catch (error) {
      errors.push({ line: fileLine(from - 1), reason: `unreadable CSV: ${error instanceof Error ? error.message : String(error)}` });
      break;
    }
    const toFile = (line: number) => (pass === 0 ? line : line + from - 2);
    const [header, ...records] = parsed;
    if (!header) {
      if (pass === 0) errors.push({ line: 1, reason: 'empty file: expected a header row' });
      break;
    }
    if (pass === 0) headers = header.record.map((h) => h.trim());
    let restartAt: number | undefined;
    let lastEnd = toFile(header.info.lines);
    for (const { record, raw, info } of records) {
      // `info.lines` is the line the record ends on; count back the line breaks inside it.
      const end = toFile(info.lines);
      const inner = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
      const line = end - (inner.match(/\n/g)?.length ?? 0);
      if (end > line && lines.slice(line, end).every((l) => isRowOnItsOwn(l, delimiter, headers.length))) {
        restartAt = line + 1;
        errors.push({ line: fileLine(line), reason: `a quote opened on line ${fileLine(line)} is not closed where it should be, so lines ${fileLine(line + 1)}–${fileLine(end)} were read into this row; the row is skipped and those lines are read as rows of their own` });
        break;
      }
      lastEnd = end;
      if (record.length !== headers.length) errors.push({ line: fileLine(line), reason: `expected ${headers.length} columns as in the header, found ${record.length}` });
      else rows.push({ line: fileLine(line), cells: new Map(headers.map((h, i) => [h, record[i] ?? ''])) });
    }
    const unclosed = skipped.find((s) => s.code === 'CSV_QUOTE_NOT_CLOSED');
    for (const s of skipped) {
      if (s === unclosed || (restartAt !== undefined && toFile(s.line) >= restartAt)) continue;
      errors.push({ line: fileLine(toFile(s.line)), reason: `unreadable CSV row: ${s.message ?? 'unknown error'}` });
    }
    if (restartAt === undefined && unclosed) {
      // The row that opened it starts on the first non-blank line after the last row read.
      let start = lastEnd + 1;
      while (start < lines.length && !lines[start - 1]!.trim()) start++;
      const last = lines.at(-1)?.trim() ? lines.length : lines.length - 1;
      if (start < last) {
        errors.push({ line: fileLine(start), reason: `a quote opened on line ${fileLine(start)} is never closed, so lines ${fileLine(start + 1)}–${fileLine(last)} were read into this row; the row is skipped and those lines are read as rows of their own` });
        restartAt = start + 1;
      } else {
        errors.push({ line: fileLine(start), reason: `a quote opened on line ${fileLine(start)} is never closed: the row cannot be read` });
      }
    }
    if (restartAt === undefined) break;
    if (pass >= MAX_RESTARTS) {
      errors.push({ line: fileLine(restartAt), reason: `more than ${MAX_RESTARTS} rows with unclosed quotes: lines ${fileLine(restartAt)}–${fileLine(lines.length)} are not read (fix the export's quoting)` });
      break;
    }
    from = restartAt;
  }
  errors.sort((a, b) => a.line - b.line);
  return { headers, rows, errors };
}
