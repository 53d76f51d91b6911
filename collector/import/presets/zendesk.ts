// Zendesk Support tickets, as the admin CSV export writes them ("Id", "Requester email", "Via", "Created at", …).
import type { Channel, Direction } from '../../../shared/journey/touchpoint.ts';
import { compact, definePreset, plusMinutes, type GenericRecordInput } from './define-preset.ts';

/** Zendesk's "Via" (the channel the ticket came in by) → our channel and who started it. */
export function zendeskVia(via: string | undefined): { channel: Channel; direction: Direction } {
  const v = (via ?? '').toLowerCase();
  if (/outgoing|outbound/.test(v)) return { channel: v.includes('phone') ? 'phone' : 'email', direction: 'outbound' };
  if (/phone|voicemail|talk|call/.test(v)) return { channel: 'phone', direction: 'inbound' };
  if (/chat|messaging|whatsapp|sms|mobile sdk|line|wechat/.test(v)) return { channel: 'chat', direction: 'inbound' };
  if (/twitter|facebook|instagram|\bx\b|social/.test(v)) return { channel: 'social', direction: 'inbound' };
  if (/mail/.test(v)) return { channel: 'email', direction: 'inbound' };
  if (/web|help center|portal|form/.test(v)) return { channel: 'web', direction: 'inbound' };
  return { channel: 'ticket', direction: 'inbound' };
}

/** New, Open, Pending, On-hold → pending; Solved, Closed → resolved. */
function outcomeOf(status: string | undefined) {
  const s = (status ?? '').toLowerCase();
  if (s === 'solved' || s === 'closed') return 'resolved';
  if (['new', 'open', 'pending', 'hold', 'on-hold', 'on hold'].includes(s)) return 'pending';
  return undefined;
}

/** The binary CSAT ("Good"/"Bad") is the customer's own verdict: ±1, confidence 1. "Offered" is no answer. */
function satisfaction(score: string | undefined) {
  const s = (score ?? '').toLowerCase();
  if (s.startsWith('good')) return 1;
  if (s.startsWith('bad')) return -1;
  return undefined;
}

export default definePreset({
  id: 'zendesk',
  name: 'Zendesk tickets (CSV export)',
  requiredColumns: [['Id', 'Ticket ID'], ['Created at', 'Ticket created - Timestamp']],
  toRecords(row) {
    const id = row.require('Id', 'Ticket ID');
    const at = row.requireDate('Created at', 'Ticket created - Timestamp');
    const subject = row.get('Subject', 'Ticket subject');
    const { channel, direction } = zendeskVia(row.get('Via', 'Ticket channel'));
    const outcome = outcomeOf(row.get('Status', 'Ticket status'));
    const customer = compact({
      name: row.get('Requester', 'Requester name'),
      email: row.get('Requester email'),
      crmIds: row.get('Requester id', 'Requester ID') ? { zendesk: row.get('Requester id', 'Requester ID') } : undefined,
    });
    const crmRef = { system: 'zendesk', id };
    const ticket: GenericRecordInput = compact({
      type: 'touchpoint' as const,
      externalId: `zendesk-${id}`,
      customer,
      channel,
      direction,
      at,
      summary: subject,
      outcome,
      resolvedAt: outcome === 'resolved' ? row.date('Solved at', 'Ticket solved - Timestamp') : undefined,
      sentiment: satisfaction(row.get('Satisfaction Score', 'Satisfaction rating')),
      crmRef,
    });
    const replyMinutes = row.number('First reply time in minutes', 'First reply time (min)');
    if (replyMinutes === undefined || direction === 'outbound') return [ticket];
    // First response is measured from outbound touchpoints: the agent's first public reply becomes one.
    const reply: GenericRecordInput = compact({
      type: 'touchpoint' as const,
      externalId: `zendesk-${id}-first-reply`,
      customer,
      channel: channel === 'phone' ? 'email' : channel,
      direction: 'outbound',
      at: plusMinutes(at, replyMinutes),
      summary: subject ? `First reply: ${subject}` : 'First reply',
      crmRef,
    });
    return [ticket, reply];
  },
});
