import { describe, expect, it } from 'vitest';
import { readCsvTable } from './csv-table.ts';

const emails = (content: string) => readCsvTable(content).rows.map((r) => [r.line, r.cells.get('email')]);

describe('readCsvTable: a quote that is never closed', () => {
  it('costs only its own row when it runs to the end of the file, and says which row by line', () => {
    const csv = [
      'channel,at,email,summary',
      'phone,2026-11-02T10:00:00Z,a@example.com,ok one',
      'phone,2026-11-02T11:00:00Z,b@example.com,"broken summary',
      'phone,2026-11-03T10:00:00Z,c@example.com,ok three',
      '',
      'phone,2026-11-04T10:00:00Z,d@example.com,ok four',
      '',
    ].join('\n');
    const table = readCsvTable(csv);
    expect(emails(csv)).toEqual([
      [2, 'a@example.com'],
      [4, 'c@example.com'],
      [6, 'd@example.com'],
    ]);
    expect(table.errors).toEqual([{ line: 3, reason: expect.stringMatching(/^a quote opened on line 3 is never closed, so lines 4–6 were read into this row; the row is skipped/) }]);
  });

  it('costs only its own row when a later quoted cell closes it (the rows between would vanish into one cell)', () => {
    const csv = [
      'channel;at;email;summary',
      'phone;2026-11-02T10:00:00Z;a@example.com;"ok one"',
      'phone;2026-11-02T11:00:00Z;b@example.com;"broken; summary',
      'phone;2026-11-03T10:00:00Z;c@example.com;"ok three"',
      'phone;2026-11-04T10:00:00Z;d@example.com;"ok four"',
      'phone;2026-11-05T10:00:00Z;e@example.com;"ok five"',
    ].join('\r\n');
    const table = readCsvTable(csv);
    expect(emails(csv)).toEqual([
      [2, 'a@example.com'],
      [4, 'c@example.com'],
      [5, 'd@example.com'],
      [6, 'e@example.com'],
    ]);
    expect(table.errors).toEqual([{ line: 3, reason: expect.stringMatching(/^a quote opened on line 3 is not closed where it should be, so lines 4–4 were read into this row/) }]);
    expect(table.rows[1]!.cells.get('summary')).toBe('ok three');
  });

  it('keeps a multi-line cell that is closed, however many commas its lines hold', () => {
    const csv = [
      'channel,at,email,summary,outcome',
      'phone,2026-11-02T10:00:00Z,a@example.com,"Called twice, no answer,',
      'then, at last, a, technician',
      'came",resolved',
      'chat,2026-11-03T10:00:00Z,b@example.com,fine,resolved',
    ].join('\n');
    const table = readCsvTable(csv);
    expect(table.errors).toEqual([]);
    expect(emails(csv)).toEqual([
      [2, 'a@example.com'],
      [5, 'b@example.com'],
    ]);
    expect(table.rows[0]!.cells.get('summary')).toBe('Called twice, no answer,\nthen, at last, a, technician\ncame');
  });

  it('reads a file whose every row opens a quote it never closes without reading forever', () => {
    const csv = ['a,b,c', ...Array.from({ length: 50 }, (_, i) => `${i},x,"open`)].join('\n');
    const table = readCsvTable(csv);
    expect(table.rows).toEqual([]);
    expect(table.errors.map((e) => e.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
  });

  it('stops reading around broken rows after 200 of them, and says which lines it did not read', () => {
    const csv = ['a,b,c', ...Array.from({ length: 300 }, (_, i) => `${i},x,"open`)].join('\n');
    const { errors } = readCsvTable(csv);
    expect(errors).toHaveLength(202);
    expect(errors.at(-1)).toEqual({ line: 203, reason: 'more than 200 rows with unclosed quotes: lines 203–301 are not read (fix the export\'s quoting)' });
  });
});
