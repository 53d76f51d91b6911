// The background's answers for tickets and journey reports: the configured helpdesks, opening a mention's
// ticket (queued here when the collector is away), where a ticket stands, and a customer's journey report
// fetched with the token (pages and content scripts never hold it) and handed over as base64.
import type { MessageHandlers } from '../../../messages.ts';
import { isConfigured, settingsItem, type VigiaSettings } from '../../../settings/settings.ts';
import { createCollectorClient } from '../../../sync/collector-client.ts';
import type { SyncEngine } from '../../../sync/sync-engine.ts';
import { actionResult, type ActionResult } from '../../noise/noise-result.ts';
import { requestTicket, ticketStatus } from './ticket-queue.ts';

type TicketHandlerNames = 'ticket:helpdesks' | 'ticket:create' | 'ticket:status' | 'report:download';

/** Bytes as base64, in chunks (a PDF is too long for one String.fromCharCode call). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function createTicketHandlers(engine: Pick<SyncEngine, 'ensureRunning'>, options: { loadSettings?: () => Promise<VigiaSettings>; fetchImpl?: typeof fetch } = {}): Pick<MessageHandlers, TicketHandlerNames> {
  const { loadSettings = () => settingsItem.getValue(), fetchImpl } = options;
  const clientOrUndefined = async () => {
    const settings = await loadSettings();
    return isConfigured(settings) ? createCollectorClient(settings, fetchImpl) : undefined;
  };
  const online = async <T>(run: (client: ReturnType<typeof createCollectorClient>) => Promise<T>): Promise<ActionResult<T>> => {
    const client = await clientOrUndefined();
    if (!client) return { ok: false, detail: 'the collector is not configured (options page)', notConfigured: true };
    return actionResult(() => run(client));
  };
  return {
    'ticket:helpdesks': () => online((c) => c.helpdesks()),
    'ticket:create': async ({ mentionId, helpdesk }) => {
      const outcome = await requestTicket(await clientOrUndefined(), mentionId, helpdesk);
      // A request kept here goes out with the sync loop's next pass.
      if (outcome.kind === 'offline') engine.ensureRunning();
      return outcome;
    },
    'ticket:status': async ({ mentionId }) => {
      const outcome = await ticketStatus(mentionId);
      return outcome ? { outcome } : {};
    },
    'report:download': ({ customerId, format, lang }) =>
      online(async (c) => {
        const { bytes, type } = await c.customerReport(customerId, format, lang);
        return { base64: toBase64(bytes), type };
      }),
  };
}
