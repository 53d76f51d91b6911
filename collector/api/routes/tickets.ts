// Tickets in the API: the helpdesks configured (never a credential), opening a ticket from a mention (once
// per mention, whoever asks), and where a mention's ticket stands — created, queued with its next attempt
// and the last error named, or refused.
import type { FastifyInstance } from 'fastify';
import { ticketRequestBodySchema, type HelpdesksAnswer, type TicketAnswer } from '../../../shared/api/tickets.ts';
import { ApiError } from '../../errors.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { TicketService } from '../../tickets/ticket-service.ts';
import type { TicketRecord } from '../../tickets/ticket-store.ts';

type WithId = { Params: { id: string } };

/** The record as the API answers it: never the draft's full text nor the lease. */
export function toTicketAnswer(record: TicketRecord): TicketAnswer {
  return {
    mentionId: record.mentionId,
    helpdesk: record.helpdesk,
    vendor: record.vendor,
    state: record.state,
    attempts: record.attempts,
    ...(record.state === 'queued' && record.nextAttemptAt ? { nextAttemptAt: record.nextAttemptAt } : {}),
    ...(record.lastError && record.state !== 'created' ? { lastError: record.lastError } : {}),
    ...(record.ticket ? { ticket: record.ticket } : {}),
  };
}

export function ticketRoutes(app: FastifyInstance, store: VigiaStore, service: TicketService): void {
  const { helpdesks } = service;

  app.get('/api/helpdesks', async (): Promise<HelpdesksAnswer> => ({
    items: helpdesks.all.map((h) => {
      // A webhook only counts when its secret is set: without it the route refuses every notification.
      const webhook = h.webhookSecret(service.env) !== undefined;
      return { id: h.id, vendor: h.connector.vendor, default: h.isDefault, statusBack: webhook && h.pollEveryMs ? 'webhook+poll' : webhook ? 'webhook' : 'poll' };
    }),
  }));

  app.post<WithId>('/api/mentions/:id/ticket', async (request): Promise<TicketAnswer> => {
    const body = ticketRequestBodySchema.parse(request.body ?? {});
    if (!helpdesks.all.length) throw new ApiError(409, 'no helpdesk is configured: list one under "helpdesks" in the config');
    const helpdesk = helpdesks.get(body.helpdesk);
    if (!helpdesk) throw new ApiError(400, `no helpdesk "${body.helpdesk}" (configured: ${helpdesks.all.map((h) => h.id).join(', ')})`, [{ path: 'helpdesk', message: 'not a configured helpdesk' }]);
    const mention = await store.getMention(request.params.id);
    if (!mention) throw new ApiError(404, `no mention ${request.params.id}`);
    const record = await service.request({ mentionId: mention.id, helpdesk, by: request.tokenName ?? 'unknown', ...(mention.customerId ? { customerId: mention.customerId } : {}) });
    return toTicketAnswer(record);
  });

  app.get<WithId>('/api/mentions/:id/ticket', async (request): Promise<TicketAnswer> => {
    const record = await store.tickets.get(request.params.id);
    if (!record) throw new ApiError(404, `no ticket was asked for mention ${request.params.id}`);
    return toTicketAnswer(record);
  });
}
