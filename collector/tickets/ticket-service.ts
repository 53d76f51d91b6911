// Opening tickets and bringing their status back. A request claims the mention's ticket in the store (so it
// is never opened twice) and queues it; each attempt leases it, sends the content fixed at the first attempt,
// and on failure queues it again with backoff (Retry-After honoured, delays clamped) or, refused for good,
// marks it failed with the reason named. Nothing is lost while the helpdesk is down: the record waits.
import type { MentionTicket, TicketStatus } from '../../shared/mention.ts';
import { buildJourneyView } from '../customers/journey-view.ts';
import { clampDelay } from '../duration.ts';
import { describeError } from '../errors.ts';
import type { VigiaStore } from '../store/store.ts';
import type { ConnectorContext, StatusUpdate, TicketDraft } from './define-connector.ts';
import type { Helpdesk, Helpdesks } from './helpdesk-config.ts';
import { ticketDraftOf } from './ticket-content.ts';
import { TicketError } from './ticket-error.ts';
import { createHelpdeskHttp } from './ticket-http.ts';
import type { TicketRecord } from './ticket-store.ts';
import { writeTicketTouchpoint } from './ticket-touchpoint.ts';

export interface TicketServiceOptions {
  store: VigiaStore;
  helpdesks: Helpdesks;
  userAgent: string;
  /** Where credentials are read from. @default process.env */
  env?: NodeJS.ProcessEnv;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** How long one attempt holds a ticket before another process may take it over. @default 120000 */
  leaseMs?: number;
  /** First retry delay, doubled per attempt. @default 30000 */
  retryBaseMs?: number;
  /** Longest retry delay (Retry-After may ask for more). @default 3600000 */
  retryMaxMs?: number;
  /** A number in [0, 1) standing for Math.random() (tests). */
  random?: () => number;
  /** Told when a mention changed (a ticket created or its status moved), so live clients hear at once. */
  onMentionChanged?: () => void;
  /** Problems that must not stop anything (a touchpoint refused). */
  log?: (line: string) => void;
}

/** The status a ticket moves to: coming back from solved is a reopening, which lasts until answered or solved. */
export function nextTicketStatus(previous: TicketStatus, reported: TicketStatus): TicketStatus {
  if (reported === 'solved') return 'solved';
  if (previous === 'solved') return 'reopened';
  if (previous === 'reopened' && reported === 'open') return 'reopened';
  return reported;
}

/** Delay before attempt `attempts + 1`: doubling from the base with ±20 % jitter, at least Retry-After, always a timer can honour. */
export function retryDelay(attempts: number, retryAfterMs: number | undefined, opts: { baseMs: number; maxMs: number; random: number }): number {
  const backoff = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.min(Math.max(0, attempts - 1), 20)) * (0.8 + 0.4 * opts.random);
  return clampDelay(Math.max(backoff, retryAfterMs ?? 0));
}

export function createTicketService(opts: TicketServiceOptions) {
  const { store, helpdesks } = opts;
  const env = opts.env ?? process.env;
  const now = () => (opts.now ? opts.now() : new Date());
  const log = opts.log ?? ((line: string) => console.warn(line));

  const contextOf = (helpdesk: Helpdesk): ConnectorContext<Record<string, unknown>> => ({
    helpdesk: helpdesk.config,
    env,
    http: createHelpdeskHttp({ vendor: helpdesk.connector.vendor, userAgent: opts.userAgent, timeoutMs: helpdesk.config.timeoutMs, ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}) }),
  });

  async function draftFor(record: TicketRecord, helpdesk: Helpdesk, at: string): Promise<TicketDraft | undefined> {
    if (record.draft) return record.draft;
    const mention = await store.getMention(record.mentionId);
    if (!mention) return undefined;
    const view = mention.customerId ? await buildJourneyView(store.customers, mention.customerId, at) : undefined;
    const draft = ticketDraftOf({ mention, ...(view ? { view } : {}), vendor: helpdesk.connector.vendor, lang: helpdesk.config.lang, now: at });
    await store.tickets.saveDraft(record.mentionId, draft);
    return draft;
  }

  async function touchpoint(mentionId: string, helpdesk: Helpdesk, at: string): Promise<void> {
    const mention = await store.getMention(mentionId);
    if (!mention) return;
    // The ticket exists whatever happens here; a refused touchpoint is reported, not retried as a new ticket.
    await writeTicketTouchpoint(store, mention, helpdesk.config.lang, at).catch((error: unknown) => log(`tickets: ${mentionId}: ${describeError(error)}`));
  }

  /** One attempt at a due ticket; undefined when it was not due or another process holds it. */
  async function attempt(mentionId: string): Promise<TicketRecord | undefined> {
    const at = now().toISOString();
    const record = await store.tickets.lease(mentionId, at, opts.leaseMs ?? 120_000);
    if (!record) return undefined;
    const helpdesk = helpdesks.get(record.helpdesk);
    if (!helpdesk) {
      await store.tickets.markFailed(mentionId, `tickets: helpdesk "${record.helpdesk}" is not configured any more`, at);
      return store.tickets.get(mentionId);
    }
    try {
      const draft = await draftFor(record, helpdesk, at);
      if (!draft) {
        await store.tickets.markFailed(mentionId, `tickets: mention ${mentionId} is not stored`, at);
        return store.tickets.get(mentionId);
      }
      const ctx = contextOf(helpdesk);
      // An earlier attempt may have created it unheard: look for it by its reference before creating another.
      const created = (record.ambiguous ? await helpdesk.connector.find(ctx, draft.ref) : undefined) ?? (await helpdesk.connector.create(ctx, draft));
      const createdAt = created.createdAt ?? now().toISOString();
      const ticket: MentionTicket = { helpdesk: helpdesk.id, vendor: helpdesk.connector.vendor, id: created.id, ...(created.url ? { url: created.url } : {}), status: created.status, createdAt, updatedAt: createdAt };
      await store.tickets.markCreated(mentionId, ticket, created.vendorStatus, now().toISOString());
      opts.onMentionChanged?.();
      await touchpoint(mentionId, helpdesk, now().toISOString());
    } catch (error) {
      const failure = error instanceof TicketError ? error : new TicketError(helpdesk.connector.vendor, 'response', describeError(error), { ambiguous: true });
      const ambiguous = failure.details.ambiguous ?? false;
      if (failure.retryable || ambiguous) {
        const delay = retryDelay(record.attempts, failure.details.retryAfterMs, { baseMs: opts.retryBaseMs ?? 30_000, maxMs: opts.retryMaxMs ?? 3_600_000, random: (opts.random ?? Math.random)() });
        await store.tickets.markRetry(mentionId, { error: failure.message, nextAttemptAt: new Date(Date.parse(at) + delay).toISOString(), ambiguous: ambiguous || record.ambiguous }, at);
      } else {
        await store.tickets.markFailed(mentionId, failure.message, at);
      }
    }
    return store.tickets.get(mentionId);
  }

  return {
    store,
    helpdesks,
    /** Where credentials and webhook secrets are read from. */
    env,
    contextOf,
    attempt,

    /** Claims (or finds) the mention's ticket and, when it is due, makes the first attempt at once. */
    async request(input: { mentionId: string; helpdesk: Helpdesk; customerId?: string; by: string }): Promise<TicketRecord> {
      const { record } = await store.tickets.request({ mentionId: input.mentionId, helpdesk: input.helpdesk.id, vendor: input.helpdesk.connector.vendor, by: input.by, now: now().toISOString(), ...(input.customerId ? { customerId: input.customerId } : {}) });
      if (record.state !== 'queued') return record;
      return (await attempt(input.mentionId)) ?? (await store.tickets.get(input.mentionId))!;
    },

    /** Every due ticket, one attempt each; how many were attempted. */
    async drain(limit = 50): Promise<number> {
      let attempted = 0;
      for (const mentionId of await store.tickets.due(now().toISOString(), limit)) if (await attempt(mentionId)) attempted++;
      return attempted;
    },

    /** A status from the helpdesk (webhook or poll); true when it changed the ticket. */
    async applyUpdate(helpdesk: Helpdesk, update: StatusUpdate): Promise<boolean> {
      const record = await store.tickets.byTicket(helpdesk.id, update.ticketId);
      if (!record?.ticket) return false;
      const status = nextTicketStatus(record.ticket.status, update.status);
      const at = update.at ?? now().toISOString();
      const changed = await store.tickets.setStatus(record.mentionId, { status, vendorStatus: update.vendorStatus, at: at < record.ticket.createdAt ? record.ticket.createdAt : at });
      if (!changed) return false;
      opts.onMentionChanged?.();
      await touchpoint(record.mentionId, helpdesk, now().toISOString());
      return true;
    },
  };
}

export type TicketService = ReturnType<typeof createTicketService>;
