// The recovery clocks of the customers whose mentions are synced here, by the mention that started or stopped
// each: the inbox shows a clock on the negative mention that started it and on the mention that decided it.
// The collector's reading (Mention.recovery, made from every stored mention) wins over the one made here
// from the synced ones, unless it still says running where a synced later mention decided the clock; an
// older collector sends none, and the synced mentions decide alone.
import { currentClock, recoveryClocks, recoveryMentionOf, type RecoveryClock, type RecoveryMention } from '../../../shared/journey/recovery-clock.ts';
import type { Mention } from '../../../shared/mention.ts';

export function clocksByMention(mentions: readonly Mention[], now: number): Map<string, RecoveryClock> {
  const readings = mentions.flatMap((m): RecoveryMention[] => {
    const reading = m.customerId ? recoveryMentionOf(m) : undefined;
    return reading ? [reading] : [];
  });
  const byMention = new Map<string, RecoveryClock[]>();
  const add = (id: string, clock: RecoveryClock) => byMention.set(id, [...(byMention.get(id) ?? []), clock]);
  for (const clock of recoveryClocks(readings, now)) {
    add(clock.mentionId, clock);
    if (clock.endMentionId) add(clock.endMentionId, clock);
  }
  // A mention about two brands may touch two clocks: the one that matters most (running and due soonest).
  const result = new Map([...byMention].map(([id, clocks]) => [id, currentClock(clocks)!]));
  for (const m of mentions) {
    if (!m.recovery || !m.customerId) continue;
    // Its sweep runs now and then: a clock it still sees running that a synced later mention decided is shown decided.
    if (m.recovery.state === 'running' && result.get(m.id)?.state !== undefined && result.get(m.id)?.state !== 'running') continue;
    const clock: RecoveryClock = { customerId: m.customerId, mentionId: m.id, ...m.recovery };
    result.set(m.id, clock);
    if (clock.endMentionId) result.set(clock.endMentionId, clock);
  }
  return result;
}
