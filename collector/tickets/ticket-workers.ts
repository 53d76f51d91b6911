// The background side of tickets in an API process: the queue drained every few seconds (so a ticket that
// waits for a helpdesk that was down goes out as soon as it is due), and the poll fallback reading open
// tickets back for helpdesks without webhooks. Timers are unref'd and clamped; one failing helpdesk never
// stops another.
import { clampDelay } from '../duration.ts';
import { describeError } from '../errors.ts';
import type { Helpdesk } from './helpdesk-config.ts';
import { TicketError } from './ticket-error.ts';
import type { TicketService } from './ticket-service.ts';

export interface TicketWorkerOptions {
  /** How often due tickets are looked for. @default 5000 */
  drainEveryMs?: number;
  /** Tickets read per helpdesk and round. @default 50 */
  pollBatch?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface TicketWorkers {
  /** Looks for due tickets now (after a request queued one). */
  poke(): void;
  /** One poll round over every helpdesk that polls; how many tickets changed. */
  pollOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** Reads a helpdesk's open tickets not read within its poll interval; stops the round on a rate limit. */
export async function pollHelpdesk(service: TicketService, helpdesk: Helpdesk, now: Date, batch: number, log: (line: string) => void): Promise<number> {
  if (!helpdesk.pollEveryMs) return 0;
  const store = service.store;
  const before = new Date(now.getTime() - helpdesk.pollEveryMs).toISOString();
  const open = await store.tickets.openTickets(helpdesk.id, before, batch);
  const ctx = service.contextOf(helpdesk);
  let changed = 0;
  const read: string[] = [];
  for (const record of open) {
    try {
      const update = await helpdesk.connector.read(ctx, record.ticket!.id);
      if (await service.applyUpdate(helpdesk, update)) changed++;
      read.push(record.mentionId);
    } catch (error) {
      log(`tickets: ${helpdesk.id}: reading ticket ${record.ticket!.id} failed: ${describeError(error)}`);
      // Busy or refusing: the rest waits for the next round rather than making it worse.
      if (error instanceof TicketError && (error.kind === 'rate-limited' || error.kind === 'unauthorized' || error.kind === 'forbidden')) break;
      read.push(record.mentionId);
    }
  }
  await store.tickets.markPolled(read, now.toISOString());
  return changed;
}

export function startTicketWorkers(service: TicketService, opts: TicketWorkerOptions = {}): TicketWorkers {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((line: string) => console.warn(line));
  const drainEvery = clampDelay(opts.drainEveryMs ?? 5000);
  const pollers = service.helpdesks.all.filter((h) => h.pollEveryMs);
  // A poll round at most every minute; each helpdesk reads only what its own interval has made due.
  const pollEvery = clampDelay(Math.min(60_000, ...pollers.map((h) => h.pollEveryMs!)));
  let stopped = false;
  let draining: Promise<unknown> = Promise.resolve();
  let polling: Promise<unknown> = Promise.resolve();
  let drainTimer: NodeJS.Timeout | undefined;
  let pollTimer: NodeJS.Timeout | undefined;

  const drain = () => {
    if (stopped) return;
    clearTimeout(drainTimer);
    draining = draining
      .then(() => service.drain())
      .catch((error: unknown) => log(`tickets: the queue could not be read: ${describeError(error)}`))
      .finally(() => {
        if (!stopped) drainTimer = setTimeout(drain, drainEvery).unref();
      });
  };

  const pollOnce = async () => {
    let changed = 0;
    for (const helpdesk of pollers) {
      changed += await pollHelpdesk(service, helpdesk, now(), opts.pollBatch ?? 50, log).catch((error: unknown) => {
        log(`tickets: ${helpdesk.id}: polling failed: ${describeError(error)}`);
        return 0;
      });
    }
    return changed;
  };

  const poll = () => {
    if (stopped) return;
    polling = pollOnce().finally(() => {
      if (!stopped) pollTimer = setTimeout(poll, pollEvery).unref();
    });
  };

  drain();
  if (pollers.length) pollTimer = setTimeout(poll, pollEvery).unref();
  return {
    poke: drain,
    pollOnce,
    async stop() {
      stopped = true;
      clearTimeout(drainTimer);
      clearTimeout(pollTimer);
      await Promise.allSettled([draining, polling]);
    },
  };
}
