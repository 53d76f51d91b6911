import { describe, expect, it } from 'vitest';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { csvField, toCsv } from './stats-csv.ts';

describe('CSV export', () => {
  it('writes one row per mention under a header, with a BOM and CRLF lines', () => {
    const csv = toCsv([makeMention({ id: 'm-1', moment: 'LZMOT', stage: 'experience', title: 'Nunca más, "de verdad"', text: 'línea 1\nlínea 2' })]);
    expect(csv.startsWith('\uFEFFid,published_at,platform,brands,author,sentiment,score,moment,stage,status,assignee,priority,url,title,text\r\n')).toBe(true);
    const row = csv.split('\r\n')[1];
    expect(row).toMatch(/^m-1,2026-11-02T10:\d\d:00.000Z,reddit,Acme,Marta,negative,-0.7,LZMOT,experience,new,,50,https:\/\/www.reddit.com\/r\/acme\/comments\/\d+\/,"Nunca más, ""de verdad""","línea 1\nlínea 2"$/);
  });

  it('keeps collected text from running as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-1 star')).toBe("'-1 star");
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(undefined)).toBe('');
  });
});
