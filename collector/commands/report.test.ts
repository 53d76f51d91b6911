import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../config.ts';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { seedReportStore } from '../reports/testing/report-seed.ts';
import { defaultReportFile, runReportCommand } from './report.ts';

let temp: TempStore;
let dir: string;
const config = validateConfig({ brands: [{ name: 'Lumora', query: 'lumora' }, { name: 'Rivalia', query: 'rivalia', competitor: true }] });
beforeAll(async () => {
  temp = openTempStore();
  await seedReportStore(temp.store);
  dir = mkdtempSync(join(tmpdir(), 'vigia-report-'));
});
afterAll(async () => {
  await temp.close();
  rmSync(dir, { recursive: true, force: true });
});

function capture() {
  const lines = { log: [] as string[], error: [] as string[] };
  return { lines, io: { log: (l: string) => lines.log.push(l), error: (l: string) => lines.error.push(l) } };
}

describe('vigia report', () => {
  it('prints a real PDF with its charts drawn', async () => {
    const out = join(dir, 'lumora.pdf');
    const { lines, io } = capture();
    expect(await runReportCommand(temp.store, config, { from: '2026-11-02', to: '2026-11-15', brand: 'Lumora', format: 'pdf', lang: 'es', out }, io)).toBe(true);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(0);
    expect(lines.log).toEqual([`report: wrote ${out} (pdf, ${pdf.length} bytes)`]);
  }, 60_000);

  it('writes HTML and CSV, naming the file after the range and brand when --out is not given', async () => {
    const out = join(dir, 'all.html');
    expect(await runReportCommand(temp.store, config, { from: '2026-11-02', to: '2026-11-15', format: 'html', out }, capture().io)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('Customer conversation report');
    expect(defaultReportFile({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z', brand: 'Lumora Fibra', format: 'csv', lang: 'en' })).toBe('report-2026-11-02-2026-11-15-lumora-fibra.csv');
  });

  it('refuses bad dates, formats, languages and brands with one line naming what was wrong', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ from: '2026-13-01', to: '2026-11-15' }, /^report: --from "2026-13-01" is not a date/],
      [{ from: '2026-02-30', to: '2026-03-15' }, /^report: --from "2026-02-30" is not a date/],
      [{ from: '2026-11-02', to: 'yesterday' }, /^report: --to "yesterday" is not a date/],
      [{ from: '2026-11-15', to: '2026-11-02' }, /^report: --from \(2026-11-15\) must be before --to \(2026-11-02\)$/],
      [{ from: '2026-11-02', to: '2026-11-15', format: 'docx' }, /^report: --format "docx" is not one of pdf, html, csv$/],
      [{ from: '2026-11-02', to: '2026-11-15', lang: 'fr' }, /^report: --lang "fr" is not one of en, es$/],
      [{ from: '2026-11-02', to: '2026-11-15', brand: 'Acme' }, /^report: --brand "Acme" is not a brand of this installation \(Lumora, Rivalia\)$/],
    ];
    for (const [opts, message] of cases) {
      const { lines, io } = capture();
      expect(await runReportCommand(temp.store, config, { from: '', to: '', out: join(dir, 'never.html'), ...opts }, io), JSON.stringify(opts)).toBe(false);
      expect(lines.error).toHaveLength(1);
      expect(lines.error[0]).toMatch(message);
    }
  });

  it('exits with code 1 and one line from the command line', async () => {
    const failure = await promisify(execFile)('node', [resolve('bin/vigia.js'), 'report', '--from', '2026-11-31', '--to', '2026-12-01'], { env: { ...process.env, VIGIA_DATA_DIR: dir }, cwd: dir }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe('report: --from "2026-11-31" is not a date like 2026-11-01 or 2026-11-01T09:00:00Z');
  }, 30_000);
});
