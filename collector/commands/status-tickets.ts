// `vigia status`, tickets: per helpdesk, how many tickets were created, wait in the queue (and when the next
// attempt is due) or were refused, with the last error named — so a helpdesk that is down or refusing the
// credentials is seen before anyone asks where their ticket went.
import type { TicketState } from '../../shared/api/tickets.ts';
import { forTerminal } from '../errors.ts';
import type { TicketQueueSummary } from '../tickets/ticket-store.ts';

/** One helpdesk's queue: counts per state, the soonest next attempt, the latest error of what is not created. */
export interface HelpdeskQueue {
  helpdesk: string;
  vendor: string;
  tickets: Record<TicketState, number>;
  nextAttemptAt?: string;
  lastError?: string;
}

export function helpdeskQueues(summary: readonly TicketQueueSummary[]): HelpdeskQueue[] {
  const byHelpdesk = new Map<string, HelpdeskQueue>();
  for (const row of summary) {
    const queue = byHelpdesk.get(row.helpdesk) ?? { helpdesk: row.helpdesk, vendor: row.vendor, tickets: { queued: 0, sending: 0, created: 0, failed: 0 } };
    queue.tickets[row.state] += row.count;
    if (row.nextAttemptAt && (!queue.nextAttemptAt || row.nextAttemptAt < queue.nextAttemptAt)) queue.nextAttemptAt = row.nextAttemptAt;
    // A refusal says more than a retry's error: failed wins.
    if (row.lastError && (row.state === 'failed' || !queue.lastError)) queue.lastError = row.lastError;
    byHelpdesk.set(row.helpdesk, queue);
  }
  return [...byHelpdesk.values()];
}

/** The tickets table, then each helpdesk's last error (printed without controls: it quotes the helpdesk's answer). */
export function formatTicketTable(queues: readonly HelpdeskQueue[], relative: (iso: string | undefined) => string): string[] {
  if (!queues.length) return [];
  const header = ['', 'HELPDESK', 'VENDOR', 'CREATED', 'QUEUED', 'SENDING', 'FAILED', 'NEXT ATTEMPT'];
  const cells = queues.map((q) => [
    q.tickets.failed ? '✗' : q.tickets.queued + q.tickets.sending ? '…' : '✓',
    forTerminal(q.helpdesk), q.vendor, String(q.tickets.created), String(q.tickets.queued), String(q.tickets.sending), String(q.tickets.failed),
    q.tickets.queued ? relative(q.nextAttemptAt) : '–',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i >= 3 && i <= 6 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  const errors = queues.filter((q) => q.lastError && (q.tickets.failed || q.tickets.queued || q.tickets.sending)).map((q) => forTerminal(`${q.helpdesk}: ${q.lastError}`));
  return ['', line(header), ...cells.map(line), ...(errors.length ? ['', ...errors] : [])];
}
