// What the inbox's notice line says after "Create ticket".
import type { Translator } from '../../i18n/dictionary.ts';
import type { InboxNotice } from '../inbox/inbox-model.ts';
import type { TicketOutcome } from './ticket-outcome.ts';

export function ticketNotice(outcome: TicketOutcome, t: Translator): InboxNotice {
  switch (outcome.kind) {
    case 'created':
      return { tone: 'ok', text: t('ticket.created', { id: outcome.ticket.id, helpdesk: outcome.ticket.helpdesk }) };
    case 'queued':
      return { tone: 'waiting', text: outcome.detail ? `${t('ticket.queued')} (${outcome.detail})` : t('ticket.queued') };
    case 'offline':
      return { tone: 'waiting', text: outcome.detail ? `${t('ticket.offline')} (${outcome.detail})` : t('ticket.offline') };
    case 'failed':
      return { tone: 'error', text: t('ticket.failed', { detail: outcome.detail }) };
  }
}
