import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoExportPath, openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { runImportCommand } from './import.ts';

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore();
});
afterEach(() => temp.close());

const quiet = () => undefined;

describe('vigia import', () => {
  it('prints the counts, and the same counts as unchanged on a second run', async () => {
    const file = fileURLToPath(demoExportPath('zendesk-tickets.csv'));
    const first = await runImportCommand(temp.store, file, { preset: 'zendesk' }, quiet);
    expect(first.failed).toBe(0);
    expect(first.lines.at(-1)).toBe(`${file} (zendesk): customers 5 new, 0 updated; touchpoints 11 new, 0 updated, 0 unchanged; 0 public mentions linked; 0 rows skipped; 0 errors`);
    const second = await runImportCommand(temp.store, file, {}, quiet);
    expect(second.lines.at(-1)).toBe(`${file} (zendesk): customers 0 new, 0 updated; touchpoints 0 new, 0 updated, 11 unchanged; 0 public mentions linked; 0 rows skipped; 0 errors`);
  });

  it('reports bad rows by line and still imports the good ones', async () => {
    const file = join(temp.dir, 'export.csv');
    writeFileSync(
      file,
      ['external_id,email,channel,at,summary', 'c-1,ana@example.com,phone,2026-11-02 10:00,Router roto', 'c-2,ana@example.com,fax,2026-11-02 11:00,?', 'c-3,,chat,2026-11-03 09:00,Sin nombre', 'c-4,ana@example.com,chat,yesterday,?', 'c-5,ana@example.com,chat,2026-11-04 09:00,Sigue roto'].join('\n'),
    );
    const lines: string[] = [];
    const result = await runImportCommand(temp.store, file, {}, (line) => lines.push(line));
    expect(result.failed).toBe(3);
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(/^✗ line 3: channel: /),
      '✗ line 4: customer: customer needs an e-mail, a handle or a CRM id (a name alone could be anyone)',
      expect.stringMatching(/^✗ line 5: "at" is not a date: "yesterday"$/),
    ]);
    expect(lines.at(-1)).toMatch(/\(generic\): customers 1 new, 0 updated; touchpoints 2 new, 0 updated, 0 unchanged; .* 3 errors$/);
  });

  it('names a missing file or an unknown preset before reading anything', async () => {
    await expect(runImportCommand(temp.store, join(temp.dir, 'missing.csv'), {}, quiet)).rejects.toThrow(/^import: .*missing\.csv not found$/);
    await expect(runImportCommand(temp.store, 'x.csv', { preset: 'zoho' }, quiet)).rejects.toThrow('import: unknown preset "zoho": use one of zendesk, hubspot, salesforce, freshdesk');
  });
});
