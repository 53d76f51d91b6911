// Salesforce cases, from a report export (field labels) or Data Loader (API names): "Case Number"/CaseNumber, "Case Origin"/Origin…
import type { Channel } from '../../../shared/journey/touchpoint.ts';
import { compact, definePreset } from './define-preset.ts';

/** Case Origin (Phone, Email, Web, Chat, Social…; orgs add their own) → our channel. */
function channelOf(origin: string | undefined): Channel {
  const o = (origin ?? '').toLowerCase();
  if (/phone|call|voice/.test(o)) return 'phone';
  if (/chat|messaging|whatsapp|sms/.test(o)) return 'chat';
  if (/mail/.test(o)) return 'email';
  if (/social|facebook|twitter|instagram/.test(o)) return 'social';
  if (/web|portal|community|form/.test(o)) return 'web';
  if (/store|branch|walk/.test(o)) return 'store';
  return 'ticket';
}

const TRUE = /^(1|true|yes|sí|si|verdadero)$/i;

export default definePreset({
  id: 'salesforce',
  name: 'Salesforce cases (report or Data Loader export)',
  requiredColumns: [
    ['Case Number', 'CaseNumber', 'Case ID', 'Id'],
    ['Date/Time Opened', 'Opened Date', 'CreatedDate', 'Created Date'],
  ],
  toRecords(row) {
    const number = row.get('Case Number', 'CaseNumber');
    const id = row.get('Case ID', 'Id') ?? row.require('Case Number', 'CaseNumber');
    const status = (row.get('Status') ?? '').toLowerCase();
    const closed = status.startsWith('closed') || TRUE.test(row.get('Closed', 'IsClosed') ?? '');
    const crmId = row.get('Contact ID', 'ContactId');
    return [
      compact({
        type: 'touchpoint' as const,
        externalId: `salesforce-${id}`,
        customer: compact({
          name: row.get('Contact Name', 'Contact: Full Name', 'Web Name', 'SuppliedName'),
          email: row.get('Contact Email', 'Contact: Email', 'ContactEmail', 'Web Email', 'SuppliedEmail'),
          crmIds: crmId ? { salesforce: crmId } : undefined,
        }),
        channel: channelOf(row.get('Case Origin', 'Origin')),
        direction: 'inbound' as const,
        at: row.requireDate('Date/Time Opened', 'Opened Date', 'CreatedDate', 'Created Date'),
        summary: row.get('Subject') ?? row.get('Description')?.slice(0, 500),
        outcome: closed ? ('resolved' as const) : status ? ('pending' as const) : undefined,
        resolvedAt: closed ? row.date('Date/Time Closed', 'Closed Date', 'ClosedDate') : undefined,
        crmRef: { system: 'salesforce', id: number ?? id },
      }),
    ];
  },
});
