// The helpdesks' webhooks: POST /api/webhooks/{zendesk,freshdesk,hubspot,salesforce}. They carry no API token
// (a helpdesk cannot hold one): each is verified by the vendor's signature (Zendesk, HubSpot v3) or the shared
// secret the config names (Freshdesk, Salesforce), against every helpdesk of that vendor, before its body is
// read. The raw body is kept as received: signatures are computed over its bytes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HELPDESK_VENDORS, type WebhookAnswer } from '../../../shared/api/tickets.ts';
import { ApiError } from '../../errors.ts';
import type { WebhookRequest } from '../../tickets/define-connector.ts';
import type { TicketService } from '../../tickets/ticket-service.ts';

/** The URL the helpdesk called, as it called it: behind a proxy, the forwarded protocol and host. */
function calledUrl(request: FastifyRequest): string {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();
  const proto = first(request.headers['x-forwarded-proto']) ?? request.protocol;
  const host = first(request.headers['x-forwarded-host']) ?? request.headers.host ?? 'localhost';
  return `${proto}://${host}${request.url}`;
}

export function webhookRoutes(app: FastifyInstance, service: TicketService, env: NodeJS.ProcessEnv = process.env): void {
  void app.register(async (scope) => {
    // In this scope only: bodies arrive as text, whatever their type (JSON, or Salesforce's SOAP XML).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    for (const vendor of HELPDESK_VENDORS) {
      scope.post(`/api/webhooks/${vendor}`, async (request, reply) => {
        const candidates = service.helpdesks.byVendor(vendor).filter((h) => h.webhookSecret(env) !== undefined);
        if (!candidates.length) throw new ApiError(404, `no ${vendor} helpdesk has a webhook secret configured (set "webhookSecretEnv" and that variable)`);
        const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]));
        const webhook: WebhookRequest = { method: request.method, url: calledUrl(request), headers, rawBody: typeof request.body === 'string' ? request.body : '', now: Date.now() };
        const helpdesk = candidates.find((h) => h.connector.webhook.verify(webhook, h.webhookSecret(env)!, h.config));
        if (!helpdesk) throw new ApiError(401, `${vendor} webhook refused: its signature (or shared secret) did not verify`);
        let updated = 0;
        for (const update of helpdesk.connector.webhook.parse(webhook, helpdesk.config)) if (await service.applyUpdate(helpdesk, update)) updated++;
        const custom = helpdesk.connector.webhook.reply?.(updated, webhook);
        if (custom) return reply.type(custom.type).send(custom.body);
        return { updated } satisfies WebhookAnswer;
      });
    }
  });
}
