import { describe, expect, it } from 'vitest';
import { parseImport } from '../parse-import.ts';
import { zendeskVia } from './zendesk.ts';

const HEADER =
  'Id,Requester,Requester id,Requester external id,Requester email,Requester domain,Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,Created at,Updated at,Assigned at,Organization,Due date,Initially assigned at,Solved at,Resolution time,Satisfaction Score,Group stations,Assignee stations,Reopens,Replies,First reply time in minutes,First reply time in minutes within business hours';

describe('zendesk preset', () => {
  it('turns a ticket into a touchpoint and its first reply into an outbound one', () => {
    const csv = [
      HEADER,
      '4902,James Porter,90412,,james.porter@example.co.uk,example.co.uk,James Porter,Priya Nair,Second line,Lumora Box drops the connection every evening,router evening_dropouts,Solved,High,Chat,Incident,2026-11-20 16:05,2026-11-21 11:50,2026-11-20 16:06,,,2026-11-20 16:06,2026-11-21 11:50,20,Good,1,2,0,3,1,1',
    ].join('\n');
    const result = parseImport(csv);
    expect(result.mapping).toBe('zendesk');
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      {
        type: 'touchpoint',
        externalId: 'zendesk-4902',
        customer: { names: ['James Porter'], emails: ['james.porter@example.co.uk'], handles: [], crmIds: [{ system: 'zendesk', id: '90412' }] },
        channel: 'chat',
        direction: 'inbound',
        at: '2026-11-20T16:05:00.000Z',
        summary: 'Lumora Box drops the connection every evening',
        outcome: 'resolved',
        resolvedAt: '2026-11-21T11:50:00.000Z',
        sentiment: { score: 1, label: 'positive', confidence: 1 },
        crmRef: { system: 'zendesk', id: '4902' },
      },
      {
        type: 'touchpoint',
        externalId: 'zendesk-4902-first-reply',
        customer: { names: ['James Porter'], emails: ['james.porter@example.co.uk'], handles: [], crmIds: [{ system: 'zendesk', id: '90412' }] },
        channel: 'chat',
        direction: 'outbound',
        at: '2026-11-20T16:06:00.000Z',
        summary: 'First reply: Lumora Box drops the connection every evening',
        crmRef: { system: 'zendesk', id: '4902' },
      },
    ]);
  });

  it('keeps an open ticket pending, without a reply when none was made yet, and reports a bad date', () => {
    const csv = [
      HEADER,
      '4817,Marta Ruiz,90377,,marta@example.com,example.com,Marta Ruiz,,Instalaciones,El técnico no vino a la cita de traslado,traslado no_show,Open,Normal,Web form,Problem,2026-11-03 12:40,2026-11-05 17:40,,,,,,,Offered,1,0,1,2,,',
      '4818,Marta Ruiz,90377,,marta@example.com,example.com,Marta Ruiz,,Instalaciones,Otra,x,Open,Normal,Mail,Problem,3 de noviembre,,,,,,,,,,,,,,',
    ].join('\n');
    const result = parseImport(csv, { preset: 'zendesk', utcOffset: '+01:00' });
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ channel: 'web', outcome: 'pending', at: '2026-11-03T11:40:00.000Z' });
    expect(result.records[0]).not.toHaveProperty('sentiment');
    expect(result.errors).toEqual([{ line: 3, reason: '"Created at" is not a date: "3 de noviembre"' }]);
  });

  it('names the missing columns when the file is not a ticket export', () => {
    expect(parseImport('Id,Subject\n1,x', { preset: 'zendesk' }).errors).toEqual([{ line: 1, reason: 'Zendesk tickets (CSV export): missing column "Created at"' }]);
  });
});

describe('zendeskVia', () => {
  it.each([
    ['Phone call (incoming)', 'phone', 'inbound'],
    ['Phone call (outgoing)', 'phone', 'outbound'],
    ['Voicemail', 'phone', 'inbound'],
    ['Mail', 'email', 'inbound'],
    ['Web form', 'web', 'inbound'],
    ['Messaging', 'chat', 'inbound'],
    ['Twitter DM', 'social', 'inbound'],
    ['API', 'ticket', 'inbound'],
  ])('%s → %s %s', (via, channel, direction) => {
    expect(zendeskVia(via)).toEqual({ channel, direction });
  });
});
