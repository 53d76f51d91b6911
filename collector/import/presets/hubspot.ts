// HubSpot exports: contacts ("Record ID", "First Name", "Email") and activities ("Activity date", "Call direction", …).
import type { Channel, Direction } from '../../../shared/journey/touchpoint.ts';
import { columnKey } from '../csv-table.ts';
import { compact, definePreset, firstAssociated, ImportRowError, type RowReader } from './define-preset.ts';

/** HubSpot activity types that are conversations with the customer; notes and tasks are internal. */
function channelOf(type: string): Channel | undefined {
  if (type.includes('call')) return 'phone';
  if (type.includes('email')) return 'email';
  if (type.includes('meeting')) return 'store';
  if (/chat|conversation|whatsapp|sms|linkedin/.test(type)) return 'chat';
  return undefined;
}

/** "Inbound"/"Incoming email" → inbound; "Outbound"/"Email sent from CRM"/"Forwarded email" → outbound. */
function directionOf(row: RowReader, channel: Channel): Direction | undefined {
  const d = (row.get('Call direction', 'Email direction', 'Direction') ?? '').toLowerCase();
  if (/inbound|incoming/.test(d)) return 'inbound';
  if (/outbound|sent|forwarded/.test(d)) return 'outbound';
  return channel === 'store' ? 'inbound' : undefined;
}

function activityType(row: RowReader): string {
  const given = row.get('Activity type', 'Engagement type', 'Activity Type');
  if (given) return given.toLowerCase();
  if (row.get('Call direction', 'Call title', 'Call notes', 'Call outcome')) return 'call';
  if (row.get('Email subject', 'Email direction')) return 'email';
  if (row.get('Meeting name', 'Meeting outcome')) return 'meeting';
  return 'note';
}

function contactRecord(row: RowReader) {
  const id = row.require('Record ID');
  const name = [row.get('First Name'), row.get('Last Name')].filter(Boolean).join(' ');
  return compact({ type: 'customer' as const, externalId: `hubspot-contact-${id}`, name: name || undefined, email: row.get('Email'), crmIds: { hubspot: id } });
}

export default definePreset({
  id: 'hubspot',
  name: 'HubSpot contacts or activities (calls, e-mails, meetings) export',
  requiredColumns: [['Record ID', 'Activity ID']],
  toRecords(row, headers) {
    const isActivities = headers.some((h) => columnKey(h) === columnKey('Activity date'));
    if (!isActivities) return [contactRecord(row)];
    const id = row.require('Record ID', 'Activity ID');
    const type = activityType(row);
    const channel = channelOf(type);
    if (!channel) return { skip: `HubSpot ${type} is not a conversation with the customer` };
    const contact = firstAssociated(row.get('Associated Contact', 'Associated contacts'));
    const contactId = row.get('Associated Contact IDs', 'Associated Contact ID')?.split(/[;,]/)[0]?.trim();
    if (!contact.email && !contactId) throw new ImportRowError('"Associated Contact" has no e-mail and "Associated Contact IDs" is empty: whose activity is it?');
    return [
      compact({
        type: 'touchpoint' as const,
        externalId: `hubspot-${id}`,
        customer: compact({ ...contact, crmIds: contactId ? { hubspot: contactId } : undefined }),
        channel,
        direction: directionOf(row, channel),
        at: row.requireDate('Activity date', 'Create date'),
        summary: [row.get('Call title', 'Email subject', 'Meeting name'), row.get('Call notes', 'Body preview', 'Meeting description')]
          .filter(Boolean)
          .join(' — ') || undefined,
        crmRef: { system: 'hubspot', id },
      }),
    ];
  },
});
