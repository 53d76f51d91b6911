import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImportCommand } from '../commands/import.ts';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { exportTextChunks, sniffExportEncoding, textLines } from './export-encoding.ts';
import { parseImport } from './parse-import.ts';
import { endsQuoted, IMPORT_BATCH_LINES, streamImport } from './stream-import.ts';

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore();
});
afterEach(() => temp.close());

const quiet = () => undefined;
const ROWS = IMPORT_BATCH_LINES * 2 + 500;

/** A generic CSV of `rows` touchpoints (line n + 1 holds row n), with `edit` changing some lines. */
function csvExport(rows: number, edit: (line: number, text: string) => string = (_, t) => t): string {
  const lines = ['external_id,email,name,channel,at,summary'];
  for (let n = 1; n <= rows; n++) lines.push(edit(n + 1, `s-${n},c${n % 50}@example.com,Cliente ${n % 50},phone,2026-11-02 10:00,Llamada ${n}`));
  return `${lines.join('\r\n')}\r\n`;
}

const storedIds = async () => (await temp.store.sql.db.selectFrom('touchpoints').select('external_id').execute()).map((r) => r.external_id);

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('vigia import, streamed', () => {
  it('imports a file larger than one batch, a bad line in the middle named by its line and the rows around it kept', async () => {
    const bad = IMPORT_BATCH_LINES + 7;
    const file = join(temp.dir, 'big.csv');
    writeFileSync(file, csvExport(ROWS, (line, text) => (line === bad ? text.replace('phone', 'fax') : text)));
    const result = await runImportCommand(temp.store, file, {}, quiet);
    expect(result.failed).toBe(1);
    expect(result.lines[0]).toMatch(new RegExp(`^✗ line ${bad}: channel: `));
    expect(result.lines.at(-1)).toBe(`${file} (generic): customers 50 new, 0 updated; touchpoints ${ROWS - 1} new, 0 updated, 0 unchanged; 0 public mentions linked; 0 rows skipped; 1 error`);
    const ids = new Set(await storedIds());
    expect(ids.size).toBe(ROWS - 1);
    expect(ids.has(`s-${bad - 1}`)).toBe(false);
    expect(ids.has('s-1') && ids.has(`s-${ROWS}`)).toBe(true);
  });

  it('reads what parseImport reads from the whole text: a multi-line cell across a batch boundary, an unclosed quote in a later batch', async () => {
    const cut = IMPORT_BATCH_LINES; // the line a piece would end on
    const unclosed = IMPORT_BATCH_LINES * 2 + 40;
    const csv = csvExport(ROWS, (line, text) =>
      line === cut ? text.replace(/Llamada \d+$/, '"Primera línea\r\nsegunda, con coma\r\ntercera"') : line === unclosed ? text.replace(/Llamada/, '"Sin cerrar') : text,
    );
    const file = join(temp.dir, 'quotes.csv');
    writeFileSync(file, csv);
    const whole = parseImport(csv);
    const lines: string[] = [];
    const result = await runImportCommand(temp.store, file, {}, (line) => lines.push(line));
    expect(result.failed).toBe(whole.errors.length);
    expect(lines.filter((l) => l.startsWith('✗'))).toEqual(whole.errors.map((e) => `✗ line ${e.line}: ${e.reason}`));
    expect(whole.errors[0]!.line).toBe(unclosed + 2);
    expect(new Set(await storedIds())).toEqual(new Set(whole.records.map((r) => r.externalId)));
    const multiLine = whole.records.find((r) => r.type === 'touchpoint' && r.summary?.startsWith('Primera'));
    expect(multiLine && 'summary' in multiLine ? multiLine.summary : undefined).toBe('Primera línea\nsegunda, con coma\ntercera');
  });

  it('streams JSON lines, naming a bad line in the middle by its number', async () => {
    const record = (n: number) => JSON.stringify({ type: 'touchpoint', externalId: `j-${n}`, customer: { email: `j${n % 7}@example.com` }, channel: 'chat', at: '2026-11-03T10:00:00Z' });
    const lines = Array.from({ length: ROWS }, (_, i) => (i === IMPORT_BATCH_LINES + 3 ? '{"type":"touchpoint",' : record(i)));
    const file = join(temp.dir, 'big.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await runImportCommand(temp.store, file, {}, quiet);
    expect(result.lines[0]).toMatch(new RegExp(`^✗ line ${IMPORT_BATCH_LINES + 4}: not valid JSON`));
    expect(result.failed).toBe(1);
    expect(await storedIds()).toHaveLength(ROWS - 1);
  });
});

describe('reading an export piece by piece', () => {
  it('finds the encoding across chunk boundaries and names the first byte that is not UTF-8 by its line', async () => {
    const file = join(temp.dir, 'mixed.csv');
    // 1 MiB of ASCII and UTF-8 "ñ" pairs cut by the chunk boundary, then a Latin-1 "é" on the last line.
    const head = `${'a'.repeat((1 << 20) - 1)}ñ\n`;
    writeFileSync(file, Buffer.concat([Buffer.from(head), Buffer.from('x\nJos\xe9\n', 'latin1')]));
    expect(await sniffExportEncoding(file)).toEqual({ encoding: 'windows-1252', note: expect.stringMatching(/^the file is not UTF-8 \(byte 0xE9 on line 3\)/) });
    writeFileSync(file, Buffer.from(head));
    expect(await sniffExportEncoding(file)).toEqual({ encoding: 'utf-8' });
    let text = '';
    for await (const chunk of exportTextChunks(file, 'utf-8')) text += chunk;
    expect(text).toBe(head);
  });

  it('splits lines on CRLF, CR and LF even when a chunk ends between CR and LF', async () => {
    const lines: string[] = [];
    for await (const line of textLines(chunksOf('\uFEFFa\r\nb\rc\nd\r', 1))) lines.push(line);
    expect(lines).toEqual(['a', 'b', 'c', 'd', '']);
  });

  it('knows when a line leaves a quoted cell open', () => {
    expect(endsQuoted('a,"b', ',', false)).toBe(true);
    expect(endsQuoted('c",d', ',', true)).toBe(false);
    expect(endsQuoted('5" screen,"said ""hi"""', ',', false)).toBe(false);
  });

  it('stops before any batch when the columns name no export', async () => {
    const { mapping, batches } = await streamImport(chunksLines(['Foo,Bar', '1,2']));
    expect(mapping).toBeUndefined();
    const all = [];
    for await (const batch of batches) all.push(batch);
    expect(all).toEqual([{ records: [], errors: [{ line: 1, reason: expect.stringMatching(/^unknown CSV columns/) }], skipped: [] }]);
  });
});

async function* chunksLines(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}
