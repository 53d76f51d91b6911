// Recovery clocks over many customers, from the store: the known customers' mentions around a range, read in
// one indexed query, turned into clocks by the pure rules (shared/journey/recovery-clock.ts).
import { RECOVERY_WINDOW_HOURS, recoveryClocks, recoveryMentionOf, type RecoveryClock } from '../../shared/journey/recovery-clock.ts';
import type { VigiaStore } from '../store/store.ts';

const WINDOW_MS = RECOVERY_WINDOW_HOURS * 3_600_000;
/** Mentions read per request: far beyond what a CX team's customers post in a quarter. */
export const RECOVERY_MENTION_LIMIT = 200_000;

/**
 * Clocks started in [from, to), as they stand at `now`. Mentions from 48 h before `from` are read too (a
 * clock running then decides whether a complaint just after `from` starts another), and up to 48 h after
 * `to` (how the last clocks ended).
 */
export async function clocksStartedIn(store: Pick<VigiaStore, 'linkedMentions'>, range: { from: string; to: string }, now: string): Promise<RecoveryClock[]> {
  const readFrom = new Date(Date.parse(range.from) - WINDOW_MS).toISOString();
  const readTo = new Date(Math.min(Date.parse(range.to) + WINDOW_MS, Date.parse(now) + 1)).toISOString();
  const mentions = await store.linkedMentions({ from: readFrom, to: readTo }, RECOVERY_MENTION_LIMIT);
  return recoveryClocks(mentions.flatMap((m) => recoveryMentionOf(m) ?? []), now).filter((c) => c.startedAt >= range.from && c.startedAt < range.to);
}
