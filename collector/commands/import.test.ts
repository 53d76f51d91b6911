import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoExportPath, openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { emailRef } from '../customers/identity-refs.ts';
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

  it('reads a Latin-1 (Windows-1252) export with its accents right, and says it did', async () => {
    const file = join(temp.dir, 'latin1.csv');
    const csv = ['external_id;email;name;channel;at;summary', 'c-1;jose@example.es;José Núñez;phone;2026-11-02 10:00;Facturación: cobro doble de 19,99 €'].join('\r\n');
    writeFileSync(file, Buffer.from(csv, 'latin1').map((b, i) => (csv[i] === '€' ? 0x80 : b)));
    const result = await runImportCommand(temp.store, file, {}, quiet);
    expect(result.failed).toBe(0);
    expect(result.lines[0]).toBe(`· ${file}: the file is not UTF-8 (byte 0xE9 on line 2): read as Windows-1252 (Latin-1, what Excel saves on Windows); save it as UTF-8 to be sure of every accent`);
    const owner = (await temp.store.customers.ownersOf([emailRef('jose@example.es')])).values().next().value!;
    expect((await temp.store.customers.getCustomer(owner))?.names).toEqual(['José Núñez']);
    expect((await temp.store.customers.touchpointsOf(owner))[0]?.summary).toBe('Facturación: cobro doble de 19,99 €');
  });

  it('refuses a file that is neither UTF-8 nor Windows-1252 text, naming the encoding, and reads UTF-16 with its mark', async () => {
    const junk = join(temp.dir, 'junk.csv');
    writeFileSync(junk, Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xe9, 0x81, 0x02, 0x0a]));
    await expect(runImportCommand(temp.store, junk, {}, quiet)).rejects.toThrow(/^import: .*junk\.csv: the file is not UTF-8 \(byte 0xE9 on line 2\) and not Windows-1252 \/ Latin-1 text either/);
    const utf16 = join(temp.dir, 'utf16.csv');
    const csv = 'external_id,email,name,channel,at\nu-1,zoe@example.com,Zoë Ñandú,chat,2026-11-02 10:00\n';
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    const result = await runImportCommand(temp.store, utf16, {}, quiet);
    expect(result.failed).toBe(0);
    expect(result.lines).toHaveLength(1);
    const owner = (await temp.store.customers.ownersOf([emailRef('zoe@example.com')])).values().next().value!;
    expect((await temp.store.customers.getCustomer(owner))?.names).toEqual(['Zoë Ñandú']);
  });

  it('reports the row an unclosed quote cost by line, and imports the rows after it', async () => {
    const file = join(temp.dir, 'quotes.csv');
    writeFileSync(
      file,
      ['external_id,email,channel,at,summary', 'q-1,ana@example.com,phone,2026-11-02 10:00,"Router roto"', 'q-2,ana@example.com,phone,2026-11-02 11:00,"Sin cerrar', 'q-3,ana@example.com,chat,2026-11-03 09:00,"Sigue roto"', 'q-4,ana@example.com,chat,2026-11-04 09:00,Arreglado'].join('\n'),
    );
    const result = await runImportCommand(temp.store, file, {}, quiet);
    expect(result.failed).toBe(1);
    expect(result.lines[0]).toMatch(/^✗ line 3: a quote opened on line 3 is not closed where it should be/);
    expect((await temp.store.sql.db.selectFrom('touchpoints').select('external_id').orderBy('external_id').execute()).map((r) => r.external_id)).toEqual(['q-1', 'q-3', 'q-4']);
  });

  it('names a missing file or an unknown preset before reading anything', async () => {
    await expect(runImportCommand(temp.store, join(temp.dir, 'missing.csv'), {}, quiet)).rejects.toThrow(/^import: .*missing\.csv not found$/);
    await expect(runImportCommand(temp.store, 'x.csv', { preset: 'zoho' }, quiet)).rejects.toThrow('import: unknown preset "zoho": use one of zendesk, hubspot, salesforce, freshdesk');
  });
});
