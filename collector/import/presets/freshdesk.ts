// Freshdesk tickets, as the ticket list export writes them ("Ticket ID", "Source", "Created time", "Resolved time", …).
import type { Channel, Direction } from '../../../shared/journey/touchpoint.ts';
import { compact, definePreset, plusMinutes, type GenericRecordInput } from './define-preset.ts';

/** Source: Email, Portal, Phone, Chat, Feedback Widget, Outbound Email, social and messaging apps. */
function sourceOf(source: string | undefined): { channel: Channel; direction: Direction } {
  const s = (source ?? '').toLowerCase();
  if (s.includes('outbound')) return { channel: 'email', direction: 'outbound' };
  if (s.includes('phone')) return { channel: 'phone', direction: 'inbound' };
  if (/chat|whatsapp|messenger|sms|bot/.test(s)) return { channel: 'chat', direction: 'inbound' };
  if (/twitter|facebook|instagram|social/.test(s)) return { channel: 'social', direction: 'inbound' };
  if (s.includes('mail')) return { channel: 'email', direction: 'inbound' };
  if (/portal|widget|forum|web/.test(s)) return { channel: 'web', direction: 'inbound' };
  return { channel: 'ticket', direction: 'inbound' };
}

/** Resolved, Closed → resolved; Open, Pending, Waiting on … → pending. */
function outcomeOf(status: string | undefined) {
  const s = (status ?? '').toLowerCase();
  if (s === 'resolved' || s === 'closed') return 'resolved' as const;
  return s ? ('pending' as const) : undefined;
}

export default definePreset({
  id: 'freshdesk',
  name: 'Freshdesk tickets (ticket list export)',
  requiredColumns: [['Ticket ID', 'Ticket Id'], ['Created time', 'Created Time', 'Created at']],
  toRecords(row) {
    const id = row.require('Ticket ID', 'Ticket Id');
    const at = row.requireDate('Created time', 'Created at');
    const subject = row.get('Subject');
    const { channel, direction } = sourceOf(row.get('Source'));
    const outcome = outcomeOf(row.get('Status'));
    const contactId = row.get('Contact ID', 'Requester ID');
    const customer = compact({
      name: row.get('Full name', 'Requester Name', 'Contact name', 'Requester'),
      email: row.get('Email', 'Requester Email', 'Contact email'),
      crmIds: contactId ? { freshdesk: contactId } : undefined,
    });
    const crmRef = { system: 'freshdesk', id };
    const ticket: GenericRecordInput = compact({
      type: 'touchpoint' as const,
      externalId: `freshdesk-${id}`,
      customer,
      channel,
      direction,
      at,
      summary: subject,
      outcome,
      resolvedAt: outcome === 'resolved' ? (row.date('Resolved time') ?? row.date('Closed time')) : undefined,
      crmRef,
    });
    if (direction === 'outbound') return [ticket];
    // "Initial response time" is when an agent first answered; older exports give hours instead.
    const hours = row.number('First response time (in hrs)', 'First response time');
    const repliedAt = row.date('Initial response time') ?? (hours === undefined ? undefined : plusMinutes(at, hours * 60));
    if (!repliedAt) return [ticket];
    const reply: GenericRecordInput = compact({
      type: 'touchpoint' as const,
      externalId: `freshdesk-${id}-first-response`,
      customer,
      channel: channel === 'phone' ? 'email' : channel,
      direction: 'outbound',
      at: repliedAt,
      summary: subject ? `First response: ${subject}` : 'First response',
      crmRef,
    });
    return [ticket, reply];
  },
});
