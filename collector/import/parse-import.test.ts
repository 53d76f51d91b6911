import { describe, expect, it } from 'vitest';
import { parseImport, sniffFormat } from './parse-import.ts';

const DESIGN_RECORD =
  '{"type":"touchpoint","externalId":"zd-1001","customer":{"email":"marta@example.com","name":"Marta Ruiz","handles":{"reddit":"marta_rz"}},"channel":"phone","at":"2026-11-02T10:00:00Z","summary":"Technician did not come","outcome":"unresolved"}';

describe('parseImport: generic JSONL', () => {
  it('reads the record from DESIGN.md', () => {
    expect(parseImport(DESIGN_RECORD)).toEqual({
      format: 'jsonl',
      mapping: 'jsonl',
      records: [
        {
          type: 'touchpoint',
          externalId: 'zd-1001',
          customer: { names: ['Marta Ruiz'], emails: ['marta@example.com'], handles: [{ platform: 'reddit', handle: 'marta_rz' }], crmIds: [] },
          channel: 'phone',
          at: '2026-11-02T10:00:00.000Z',
          summary: 'Technician did not come',
          outcome: 'unresolved',
        },
      ],
      errors: [],
      skipped: [],
    });
  });

  it('reads customer records, with handles and CRM ids in either form', () => {
    const { records, errors } = parseImport(
      [
        '{"type":"customer","externalId":"crm-7","name":"James Porter","email":"James.Porter@example.co.uk","handles":{"reddit":"u/JamesP_UK"},"crmIds":{"hubspot":"5102"}}',
        '{"type":"customer","emails":["ana@example.es"],"crmIds":[{"system":"zendesk","id":"88"}]}',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({
      type: 'customer',
      externalId: 'crm-7',
      customer: { names: ['James Porter'], emails: ['james.porter@example.co.uk'], handles: [{ platform: 'reddit', handle: 'jamesp_uk' }], crmIds: [{ system: 'hubspot', id: '5102' }] },
    });
    expect(records[1]?.externalId).toMatch(/^customer-[0-9a-f]{16}$/);
  });

  it('reports each bad line with its number and keeps every good one', () => {
    const content = [
      DESIGN_RECORD,
      '',
      '{"type":"touchpoint","customer":{"email":"marta@example.com"},"channel":"fax","at":"2026-11-02 10:00"}',
      '{"type":"touchpoint","customer":{"name":"Marta Ruiz"},"channel":"chat","at":"2026-11-03T10:00:00Z"}',
      '{not json',
      '["an array"]',
      '{"type":"survey"}',
      DESIGN_RECORD.replace('zd-1001', 'zd-1002'),
    ].join('\r\n');
    const result = parseImport(content);
    expect(result.records.map((r) => r.externalId)).toEqual(['zd-1001', 'zd-1002']);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(result.errors[0]!.reason).toMatch(/^channel: .*; at: an ISO 8601 date-time with a time zone/);
    expect(result.errors[1]!.reason).toBe('customer: customer needs an e-mail, a handle or a CRM id (a name alone could be anyone)');
    expect(result.errors[2]!.reason).toMatch(/^not valid JSON/);
    expect(result.errors[3]!.reason).toBe('expected a JSON object');
  });

  it('gives a record without externalId a deterministic one from its content', () => {
    const a = parseImport('{"type":"touchpoint","customer":{"email":"a@example.com"},"channel":"chat","at":"2026-11-03T10:00:00Z","summary":"Hola"}');
    const sameReordered = parseImport('{"summary":"Hola","at":"2026-11-03T11:00:00+01:00","channel":"chat","customer":{"email":"A@example.com"},"type":"touchpoint"}');
    const other = parseImport('{"type":"touchpoint","customer":{"email":"a@example.com"},"channel":"chat","at":"2026-11-03T10:00:00Z","summary":"Adiós"}');
    expect(a.records[0]!.externalId).toMatch(/^jsonl-[0-9a-f]{16}$/);
    expect(sameReordered.records[0]!.externalId).toBe(a.records[0]!.externalId);
    expect(other.records[0]!.externalId).not.toBe(a.records[0]!.externalId);
  });

  it('turns a numeric sentiment into a scored one', () => {
    const { records } = parseImport('{"type":"touchpoint","externalId":"x","customer":{"email":"a@example.com"},"channel":"chat","at":"2026-11-03T10:00:00Z","sentiment":-0.6}');
    expect(records[0]).toMatchObject({ sentiment: { score: -0.6, label: 'negative', confidence: 1 } });
  });

  it('refuses a preset for JSONL and an unknown preset', () => {
    expect(parseImport(DESIGN_RECORD, { preset: 'zendesk' }).errors[0]!.reason).toMatch(/reads CSV exports, but this file is JSONL/);
    expect(parseImport('a,b\n1,2', { preset: 'sap' as 'zendesk' }).errors).toEqual([{ line: 1, reason: 'unknown preset "sap": use one of zendesk, hubspot, salesforce, freshdesk' }]);
  });
});

describe('parseImport: generic CSV', () => {
  it('maps one column per field, handles and CRM ids named in the header', () => {
    const csv = [
      'external_id,type,name,email,handle_reddit,handle_mastodon,crm_zendesk,channel,direction,at,summary,outcome,sentiment',
      'call-1,touchpoint,Marta Ruiz,marta@example.com,marta_rz,marta_rz@mastodon.social,361,Phone,inbound,2026-11-17 14:10,"Tercera cita sin técnico, nadie sabe por qué",unresolved,-0.8',
      'cust-2,customer,Irene Sanz,irene.sanz@example.es,irene_sv,,,,,,,,',
    ].join('\n');
    const { records, errors, mapping } = parseImport(csv);
    expect(errors).toEqual([]);
    expect(mapping).toBe('generic');
    expect(records[0]).toEqual({
      type: 'touchpoint',
      externalId: 'call-1',
      customer: {
        names: ['Marta Ruiz'],
        emails: ['marta@example.com'],
        handles: [
          { platform: 'reddit', handle: 'marta_rz' },
          { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
        ],
        crmIds: [{ system: 'zendesk', id: '361' }],
      },
      channel: 'phone',
      direction: 'inbound',
      at: '2026-11-17T14:10:00.000Z',
      summary: 'Tercera cita sin técnico, nadie sabe por qué',
      outcome: 'unresolved',
      sentiment: { score: -0.8, label: 'negative', confidence: 1 },
    });
    expect(records[1]).toMatchObject({ type: 'customer', externalId: 'cust-2', customer: { handles: [{ platform: 'reddit', handle: 'irene_sv' }] } });
  });

  it('reads semicolon-separated spreadsheets and names the line a multi-line row starts on', () => {
    const csv = [
      '\uFEFFemail;channel;at;summary',
      'lucia@example.es;email;2026-11-20 09:00;"Subida de precio;',
      'quiere una oferta"',
      'lucia@example.es;carrier pigeon;2026-11-21 09:00;Sin respuesta',
      'lucia@example.es;phone;ayer;Llama',
      'lucia@example.es;phone;2026-11-22 09:00',
      'lucia@example.es;phone;2026-11-23 09:00;Retención: oferta aceptada',
    ].join('\n');
    const result = parseImport(csv, { utcOffset: '+01:00' });
    expect(result.records.map((r) => (r.type === 'touchpoint' ? [r.at, r.summary] : r.type))).toEqual([
      ['2026-11-20T08:00:00.000Z', 'Subida de precio;\nquiere una oferta'],
      ['2026-11-23T08:00:00.000Z', 'Retención: oferta aceptada'],
    ]);
    expect(result.errors).toEqual([
      { line: 4, reason: expect.stringMatching(/^channel: /) },
      { line: 5, reason: '"at" is not a date: "ayer"' },
      { line: 6, reason: 'expected 4 columns as in the header, found 3' },
    ]);
  });

  it('asks for a preset when the columns mean nothing to it', () => {
    expect(parseImport('Foo,Bar\n1,2').errors[0]!.reason).toMatch(/^unknown CSV columns: name the export with a preset/);
    expect(parseImport('').errors).toEqual([{ line: 1, reason: 'empty file: expected a header row' }]);
  });

  it('sniffs JSONL from a leading brace, CSV otherwise', () => {
    expect(sniffFormat('\uFEFF  {"type":"customer"}')).toBe('jsonl');
    expect(sniffFormat('email,channel')).toBe('csv');
  });
});
