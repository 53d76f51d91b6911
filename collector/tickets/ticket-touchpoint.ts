// A ticket on the customer's journey: one touchpoint (channel "ticket") per ticket, written through the same
// path as POST /api/touchpoints (a generic import record), and rewritten as the ticket is answered, solved or
// reopened. Opening it is the brand's move (outbound); its outcome follows the ticket's status.
import type { Customer } from '../../shared/customer/customer.ts';
import type { Mention, MentionTicket, TicketStatus } from '../../shared/mention.ts';
import type { Outcome } from '../../shared/journey/touchpoint.ts';
import { importRecords } from '../customers/import-runner.ts';
import { say, type WordsLang } from '../customers/journey-words.ts';
import { toImportRecord } from '../import/import-record.ts';
import type { VigiaStore } from '../store/store.ts';

const OUTCOME: Record<TicketStatus, Outcome> = { open: 'pending', answered: 'pending', solved: 'resolved', reopened: 'unresolved' };

/** The touchpoint's external id: one per ticket, so every status rewrites the same touchpoint. */
export const ticketTouchpointId = (ticket: Pick<MentionTicket, 'helpdesk' | 'id'>): string => `ticket:${ticket.helpdesk}:${ticket.id}`;

/** The customer as an import record names them: by one hard identifier they already hold. */
function identityOf(customer: Customer): Record<string, unknown> | undefined {
  if (customer.emails[0]) return { email: customer.emails[0] };
  if (customer.handles[0]) return { handles: [customer.handles[0]] };
  if (customer.crmIds[0]) return { crmIds: [customer.crmIds[0]] };
  return undefined;
}

/** The generic import record of a ticket's touchpoint (what a helpdesk could POST to /api/touchpoints itself). */
export function ticketTouchpointRecord(ticket: MentionTicket, mention: Mention, customer: Customer, lang: WordsLang): Record<string, unknown> | undefined {
  const identity = identityOf(customer);
  if (!identity) return undefined;
  const excerpt = (mention.title || mention.text).replace(/\s+/g, ' ').trim().slice(0, 200);
  const vendor = ticket.vendor.charAt(0).toUpperCase() + ticket.vendor.slice(1);
  return {
    type: 'touchpoint',
    externalId: ticketTouchpointId(ticket),
    customer: identity,
    channel: 'ticket',
    at: ticket.createdAt,
    direction: 'outbound',
    // Touchpoints carry no link of their own: the ticket's URL ends the summary, where an agent reads it.
    summary: `${say(lang, 'touchpoint.ticket', { vendor, id: ticket.id, status: say(lang, `ticketStatus.${ticket.status}`), platform: mention.platform, kind: mention.kind, excerpt })}${ticket.url ? ` — ${ticket.url}` : ''}`,
    outcome: OUTCOME[ticket.status],
    ...(ticket.status === 'solved' && ticket.updatedAt > ticket.createdAt ? { resolvedAt: ticket.updatedAt } : {}),
    crmRef: { system: ticket.vendor, id: ticket.id },
  };
}

/** Writes (or rewrites) the ticket's touchpoint on the mention's customer; false when the author is nobody known. */
export async function writeTicketTouchpoint(store: VigiaStore, mention: Mention, lang: WordsLang, now: string): Promise<boolean> {
  const ticket = mention.ticket;
  if (!ticket || !mention.customerId) return false;
  const customer = await store.customers.getCustomer(mention.customerId);
  const raw = customer && ticketTouchpointRecord(ticket, mention, customer, lang);
  if (!raw) return false;
  const outcome = toImportRecord(raw, 'ticket');
  if (!('record' in outcome)) throw new Error(`tickets: the ticket's touchpoint was refused: ${outcome.reason}`);
  const summary = await importRecords(store.customers, [outcome.record], now);
  const result = summary.outcomes[0];
  if (result?.status === 'error') throw new Error(`tickets: the ticket's touchpoint was refused: ${result.reason}`);
  return true;
}
