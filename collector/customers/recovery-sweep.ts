// Keeps Mention.recovery true: the clocks of known customers' recent mentions are worked out again (the pure
// rules in shared/journey/recovery-clock.ts) and each negative mention that started one carries its state, so
// the inbox shows it from the synced mention. A clock moves when a later mention arrives or its 48 h run out;
// every process may sweep (the write is idempotent: only a change gets a new change seq).
import { RECOVERY_WINDOW_HOURS, currentClock, toMentionRecovery, type RecoveryClock } from '../../shared/journey/recovery-clock.ts';
import { clampDelay } from '../duration.ts';
import { describeError } from '../errors.ts';
import type { VigiaStore } from '../store/store.ts';
import { RECOVERY_MENTION_LIMIT, clocksStartedIn } from './recovery-clocks.ts';

const HOUR = 3_600_000;

/** Clocks started in [from, now) written onto their mentions; mentions in the range that start none lose a stale clock. How many changed. */
export async function sweepRecovery(store: Pick<VigiaStore, 'linkedMentions' | 'setMentionRecovery'>, from: string, now: string): Promise<number> {
  const clocks = await clocksStartedIn(store, { from, to: new Date(Date.parse(now) + 1).toISOString() }, now);
  const byMention = new Map<string, RecoveryClock[]>();
  for (const clock of clocks) byMention.set(clock.mentionId, [...(byMention.get(clock.mentionId) ?? []), clock]);
  let changed = 0;
  for (const [mentionId, own] of byMention) if (await store.setMentionRecovery(mentionId, toMentionRecovery(currentClock(own)!))) changed++;
  // A sentiment corrected to positive, or a link undone: the mention no longer starts a clock.
  const stale = (await store.linkedMentions({ from, to: now }, RECOVERY_MENTION_LIMIT)).filter((m) => m.recovery && !byMention.has(m.id));
  for (const m of stale) if (await store.setMentionRecovery(m.id, undefined)) changed++;
  return changed;
}

export interface RecoverySweep {
  /** One sweep now; how many mentions changed. */
  sweepOnce(): Promise<number>;
  /** Something changed (a new mention): sweep within `settleMs` rather than at the next interval. */
  poke(): void;
  stop(): void;
}

/**
 * Sweeps every `everyMs` the clocks that can still move (started within two windows); the first sweep looks
 * back `backfillDays` so a store that had mentions before clocks existed gets them too.
 */
export function startRecoverySweep(opts: { store: VigiaStore; everyMs?: number; backfillDays?: number; now?: () => Date; log?: (line: string) => void; onChanged?: () => void; settleMs?: number }): RecoverySweep {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((line: string) => console.warn(line));
  let first = true;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const sweepOnce = async () => {
    const at = now();
    const back = first ? (opts.backfillDays ?? 30) * 24 * HOUR : 2 * RECOVERY_WINDOW_HOURS * HOUR;
    const changed = await sweepRecovery(opts.store, new Date(at.getTime() - back).toISOString(), at.toISOString());
    first = false;
    if (changed) opts.onChanged?.();
    return changed;
  };
  let running = false;
  let again = false;
  const settle = clampDelay(opts.settleMs ?? 2_000);
  const loop = () => {
    if (stopped) return;
    running = true;
    again = false;
    void sweepOnce()
      .catch((error: unknown) => log(`customers: recovery clocks not updated: ${describeError(error)}`))
      .finally(() => {
        running = false;
        // A change during the sweep may not be in it: look again soon.
        if (!stopped) timer = setTimeout(loop, again ? settle : clampDelay(opts.everyMs ?? 60_000)).unref();
      });
  };
  loop();
  return {
    sweepOnce,
    poke() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      // Several changes in a row (a batch of mentions) make one sweep.
      clearTimeout(timer);
      timer = setTimeout(loop, settle).unref();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
