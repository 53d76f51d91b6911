import { describe, expect, it } from 'vitest';
import { parseImport } from '../parse-import.ts';

describe('hubspot preset', () => {
  it('reads a contacts export as customer records', () => {
    const csv = 'Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Create Date\n5101,Marta,Ruiz,marta@example.com,+34 600 000 000,Customer,2024-03-02 10:00';
    const result = parseImport(csv);
    expect(result.mapping).toBe('hubspot');
    expect(result.records).toEqual([
      { type: 'customer', externalId: 'hubspot-contact-5101', customer: { names: ['Marta Ruiz'], emails: ['marta@example.com'], handles: [], crmIds: [{ system: 'hubspot', id: '5101' }] } },
    ]);
  });

  it('reads calls, e-mails and meetings as touchpoints and skips notes', () => {
    const csv = [
      'Record ID,Activity type,Activity date,Call direction,Call outcome,Call title,Call notes,Email subject,Email direction,Associated Contact,Associated Contact IDs',
      '71001,Call,2026-11-16 18:05,Inbound,Connected,Confirmar cita de traslado,"Sin acceso al historial, se lo cuenta todo otra vez",,,Marta Ruiz (marta@example.com),5101',
      '71002,Email,2026-10-29 11:25,,,,,Confirmación de traslado,Email sent from CRM,Marta Ruiz (marta@example.com);Otra (otra@example.com),5101;5200',
      '71003,Note,2026-11-17 09:00,,,,,,,Marta Ruiz (marta@example.com),5101',
      '71004,Call,2026-11-17 10:00,Outbound,No answer,Llamada,,,,,',
    ].join('\n');
    const result = parseImport(csv, { preset: 'hubspot' });
    expect(result.records).toMatchObject([
      {
        externalId: 'hubspot-71001',
        customer: { names: ['Marta Ruiz'], emails: ['marta@example.com'], crmIds: [{ system: 'hubspot', id: '5101' }] },
        channel: 'phone',
        direction: 'inbound',
        at: '2026-11-16T18:05:00.000Z',
        summary: 'Confirmar cita de traslado — Sin acceso al historial, se lo cuenta todo otra vez',
        crmRef: { system: 'hubspot', id: '71001' },
      },
      { externalId: 'hubspot-71002', channel: 'email', direction: 'outbound', summary: 'Confirmación de traslado' },
    ]);
    expect(result.skipped).toEqual([{ line: 4, reason: 'HubSpot note is not a conversation with the customer' }]);
    expect(result.errors).toEqual([{ line: 5, reason: expect.stringMatching(/whose activity is it\?$/) }]);
  });
});

describe('salesforce preset', () => {
  it('reads report labels', () => {
    const csv = [
      'Case Number,Subject,Status,Case Origin,Priority,Contact Name,Contact Email,Date/Time Opened,Date/Time Closed,Closed',
      '00001026,Router sin conexión,Closed,Phone,High,Óscar Vidal,oscar.vidal@example.es,11/18/2026 9:30 AM,11/18/2026 1:15 PM,1',
      '00001027,Cambio de tarifa,Working,Web,Low,Óscar Vidal,oscar.vidal@example.es,11/19/2026 4:00 PM,,0',
    ].join('\n');
    const result = parseImport(csv);
    expect(result.mapping).toBe('salesforce');
    expect(result.records).toMatchObject([
      { externalId: 'salesforce-00001026', channel: 'phone', outcome: 'resolved', at: '2026-11-18T09:30:00.000Z', resolvedAt: '2026-11-18T13:15:00.000Z', crmRef: { system: 'salesforce', id: '00001026' } },
      { externalId: 'salesforce-00001027', channel: 'web', outcome: 'pending', at: '2026-11-19T16:00:00.000Z' },
    ]);
    expect(result.records[1]).not.toHaveProperty('resolvedAt');
  });

  it('reads Data Loader API names and keeps the contact id', () => {
    const csv = 'Id,CaseNumber,Subject,Status,Origin,ContactId,SuppliedEmail,SuppliedName,CreatedDate,ClosedDate,IsClosed\n500Ht00000AbCdE,00001030,Chat: roaming,Closed,Chat,003Ht00000XyZ,priya.shah@example.com,Priya Shah,2026-11-12T08:00:00.000Z,2026-11-12T08:20:00.000Z,true';
    const [record] = parseImport(csv).records;
    expect(record).toMatchObject({
      externalId: 'salesforce-500Ht00000AbCdE',
      customer: { names: ['Priya Shah'], emails: ['priya.shah@example.com'], crmIds: [{ system: 'salesforce', id: '003Ht00000XyZ' }] },
      channel: 'chat',
      outcome: 'resolved',
      crmRef: { system: 'salesforce', id: '00001030' },
    });
  });
});

describe('freshdesk preset', () => {
  it('reads tickets with their first response and resolution', () => {
    const csv = [
      'Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Closed time,Last update time,Initial response time,First response time (in hrs),Resolution time (in hrs),Full name,Email,Contact ID',
      '2210,Cobro de permanencia tras la baja,Open,High,Email,Billing,,Facturación,2026-11-09 10:00:00,2026-11-10 10:00:00,,,2026-11-20 10:00:00,,,,Daniel Ovejero,dani.ovejero@example.es,77001',
      '2215,Reclamación por escrito,Resolved,Medium,Portal,Billing,Laura,Facturación,2026-11-16 12:00:00,,2026-11-18 12:00:00,,2026-11-18 12:00:00,,1.5,48,Daniel Ovejero,dani.ovejero@example.es,77001',
    ].join('\n');
    const result = parseImport(csv);
    expect(result.mapping).toBe('freshdesk');
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => (r.type === 'touchpoint' ? [r.externalId, r.channel, r.direction, r.at, r.outcome, r.resolvedAt] : r))).toEqual([
      ['freshdesk-2210', 'email', 'inbound', '2026-11-09T10:00:00.000Z', 'pending', undefined],
      ['freshdesk-2215', 'web', 'inbound', '2026-11-16T12:00:00.000Z', 'resolved', '2026-11-18T12:00:00.000Z'],
      ['freshdesk-2215-first-response', 'web', 'outbound', '2026-11-16T13:30:00.000Z', undefined, undefined],
    ]);
  });
});
