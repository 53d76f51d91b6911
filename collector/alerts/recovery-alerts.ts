// The recovery clock's alert: when a known customer's 48 h are about to run out (alerts.recoveryHoursLeft,
// 6 h by default) and nobody has responded — the mention still new or assigned, its ticket (if any) not
// answered, no outbound contact logged since — an alert goes out once per clock: the raise is claimed in the
// store (like a webhook delivery), so neither a restart nor a second API server raises it again.
import { RECOVERY_WINDOW_HOURS, hoursLeft, recoveryClocks, recoveryMentionOf, type RecoveryClock } from '../../shared/journey/recovery-clock.ts';
import type { Mention } from '../../shared/mention.ts';
import { clampDelay } from '../duration.ts';
import { describeError } from '../errors.ts';
import type { VigiaStore } from '../store/store.ts';
import type { AlertHub } from './alert-hub.ts';
import type { Alert } from './alert.ts';
import { alertMentionOf } from './raise-alerts.ts';

/** The claim that stands for "raised" in the delivery ledger: one per clock and store. */
export const RECOVERY_RAISE_CLAIM = 'vigia:recovery-alert-raised';
const HOUR = 3_600_000;

/** Whether anyone answered since the clock started: the mention triaged, its ticket answered or solved, or an outbound touchpoint. */
async function responded(store: Pick<VigiaStore, 'customers'>, clock: RecoveryClock, mention: Mention): Promise<boolean> {
  if (mention.triage.status === 'responded' || mention.triage.status === 'resolved' || mention.triage.status === 'ignored') return true;
  if (mention.ticket && mention.ticket.status !== 'open') return true;
  const touchpoints = await store.customers.touchpointsOf(clock.customerId);
  return touchpoints.some((tp) => tp.direction === 'outbound' && tp.channel !== 'ticket' && tp.at >= clock.startedAt);
}

export function recoveryAlertOf(clock: RecoveryClock, mention: Mention, now: string): Alert {
  const left = hoursLeft(clock, now) ?? 0;
  const who = mention.author.handle ? `@${mention.author.handle}` : (mention.author.name ?? 'a customer');
  return {
    id: `recovery:${clock.brand}:${clock.mentionId}`,
    kind: 'recovery',
    raisedAt: now,
    ...(clock.brand !== '*' ? { brand: clock.brand } : {}),
    priority: mention.priority,
    summary: `Recovery clock for ${who} runs out in ${Math.round(left * 10) / 10} h and nobody has responded (${mention.platform} ${mention.kind})`,
    mention: alertMentionOf(mention),
    recovery: { customerId: clock.customerId, deadline: clock.deadline, hoursLeft: left },
  };
}

/** The alerts due now: running clocks with at most `hoursLeft` left and no response. */
export async function dueRecoveryAlerts(store: Pick<VigiaStore, 'linkedMentions' | 'getMention' | 'customers'>, threshold: number, now: Date): Promise<Alert[]> {
  const nowIso = now.toISOString();
  // Two windows back: a clock still running now started within one, and what ran before decides whether it started.
  const mentions = await store.linkedMentions({ from: new Date(now.getTime() - 2 * RECOVERY_WINDOW_HOURS * HOUR).toISOString(), to: new Date(now.getTime() + 1).toISOString() }, 100_000);
  const clocks = recoveryClocks(mentions.flatMap((m) => recoveryMentionOf(m) ?? []), nowIso).filter((c) => c.state === 'running' && (hoursLeft(c, nowIso) ?? 0) <= threshold);
  const alerts: Alert[] = [];
  for (const clock of clocks) {
    const mention = mentions.find((m) => m.id === clock.mentionId) ?? (await store.getMention(clock.mentionId));
    if (mention && !(await responded(store, clock, mention))) alerts.push(recoveryAlertOf(clock, mention, nowIso));
  }
  return alerts;
}

export interface RecoveryAlerts {
  /** One look now; the alerts it raised. */
  check(): Promise<Alert[]>;
  stop(): void;
}

export function startRecoveryAlerts(opts: { store: VigiaStore; hub: AlertHub; hoursLeft: number; everyMs?: number; now?: () => Date; log?: (line: string) => void }): RecoveryAlerts {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((line: string) => console.warn(line));
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const check = async (): Promise<Alert[]> => {
    const raised: Alert[] = [];
    for (const alert of await dueRecoveryAlerts(opts.store, opts.hoursLeft, now())) {
      if (await opts.store.claimAlertDelivery(alert.id, RECOVERY_RAISE_CLAIM)) if (opts.hub.raise(alert)) raised.push(alert);
    }
    return raised;
  };
  const loop = () => {
    if (stopped) return;
    void check()
      .catch((error: unknown) => log(`alerts: recovery clocks not checked: ${describeError(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, clampDelay(opts.everyMs ?? 5 * 60_000)).unref();
      });
  };
  if (opts.hoursLeft > 0) loop();
  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
