import { describe, expect, it } from 'vitest';
import type { Mention, Sentiment } from '../mention.ts';
import { currentClock, hoursLeft, recoveryClocks, recoveryMentionOf, saysLeft, type RecoveryMention } from './recovery-clock.ts';

const T0 = Date.parse('2026-11-20T10:00:00.000Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const score = (s: number): Sentiment => ({ score: s, label: s <= -0.05 ? 'negative' : s >= 0.05 ? 'positive' : 'neutral', confidence: 0.8 });

let n = 0;
function mention(hours: number, sentiment: Sentiment, text = 'Lumora again', extra: Partial<Mention> = {}): Mention {
  n++;
  return {
    id: `m${n}`,
    source: 'reddit-lumora',
    platform: 'reddit',
    kind: 'post',
    author: { handle: 'marta_rz' },
    text,
    lang: 'es',
    publishedAt: at(hours),
    collectedAt: at(hours),
    sentiment,
    matches: [{ brand: 'Lumora', terms: ['lumora'] }],
    customerId: 'c-marta',
    triage: { status: 'new', updatedAt: at(hours) },
    priority: 50,
    ...extra,
  };
}
const read = (...mentions: Mention[]): RecoveryMention[] => mentions.map((m) => recoveryMentionOf(m)!);

describe('recoveryClocks', () => {
  it('recovers a customer whose next mention about the brand is positive within 48 h', () => {
    const bad = mention(0, score(-0.6), 'Lumora: el técnico no vino otra vez');
    const good = mention(5.5, score(0.5), 'Lumora me ha llamado y ya tengo fibra, gracias');
    const [clock] = recoveryClocks(read(bad, good), at(100));
    expect(clock).toEqual({
      customerId: 'c-marta', brand: 'Lumora', mentionId: bad.id, startedAt: at(0), deadline: at(48),
      state: 'recovered', endedAt: at(5.5), endMentionId: good.id, hoursToRecover: 5.5,
    });
  });

  it('counts a neutral next mention as recovered too', () => {
    const clocks = recoveryClocks(read(mention(0, score(-0.5)), mention(2, score(0))), at(3));
    expect(clocks.map((c) => c.state)).toEqual(['recovered']);
  });

  it('loses the customer on a second negative mention, which starts no clock of its own', () => {
    const first = mention(0, score(-0.5));
    const second = mention(10, score(-0.7));
    const later = mention(60, score(-0.4));
    const clocks = recoveryClocks(read(first, second, later), at(61));
    expect(clocks).toHaveLength(2);
    expect(clocks[0]).toMatchObject({ mentionId: first.id, state: 'lost', lostReason: 'negative-again', endMentionId: second.id, endedAt: at(10) });
    // After the first clock stopped, a new complaint is a new chance.
    expect(clocks[1]).toMatchObject({ mentionId: later.id, state: 'running', deadline: at(108) });
  });

  it('runs until the deadline, then is lost because time ran out', () => {
    const bad = mention(0, score(-0.5));
    expect(recoveryClocks(read(bad), at(47.9))[0]).toMatchObject({ state: 'running' });
    expect(recoveryClocks(read(bad), at(48))[0]).toMatchObject({ state: 'lost', lostReason: 'expired', endedAt: at(48) });
    // A kind word after the deadline is too late for this clock and starts none.
    const clocks = recoveryClocks(read(bad, mention(49, score(0.6))), at(50));
    expect(clocks).toHaveLength(1);
    expect(clocks[0]).toMatchObject({ state: 'lost', lostReason: 'expired', endedAt: at(48) });
  });

  it('loses the customer who says they left, in Spanish or English, whatever the tone', () => {
    const es = recoveryClocks(read(mention(0, score(-0.5)), mention(3, score(0), 'Ya me he dado de baja de Lumora, me voy a Nubitel')), at(4));
    expect(es[0]).toMatchObject({ state: 'lost', lostReason: 'left' });
    const en = recoveryClocks(read(mention(0, score(-0.5)), mention(3, score(0.1), 'I cancelled my Lumora contract today, bye')), at(4));
    expect(en[0]).toMatchObject({ state: 'lost', lostReason: 'left' });
    const lzmot = recoveryClocks(read(mention(0, score(-0.5)), mention(3, score(0.2), 'Lumora', { moment: 'LZMOT' })), at(4));
    expect(lzmot[0]).toMatchObject({ state: 'lost', lostReason: 'left' });
  });

  it('reads a switch to the brand as no leaving', () => {
    expect(saysLeft(mention(0, score(0.4), 'Me he cambiado a Lumora desde Nubitel y ni un corte, me quedo'))).toBe(false);
  });

  it('keeps running over an unscored mention, and per brand', () => {
    const bad = mention(0, score(-0.5));
    const unscored = mention(1, { unscored: 'no sentiment signal' });
    const otherBrand = mention(2, score(0.7), 'Nubitel is great', { matches: [{ brand: 'Nubitel', terms: ['nubitel'] }] });
    const clocks = recoveryClocks(read(bad, unscored, otherBrand), at(3));
    expect(clocks).toHaveLength(1);
    expect(clocks[0]).toMatchObject({ brand: 'Lumora', state: 'running' });
  });

  it('keeps customers apart and ignores mentions no known customer wrote', () => {
    expect(recoveryMentionOf(mention(0, score(-0.5), 'x', { customerId: undefined }))).toBeUndefined();
    const other = mention(1, score(0.6), 'Lumora', { customerId: 'c-james' });
    const clocks = recoveryClocks(read(mention(0, score(-0.5)), other), at(2));
    expect(clocks).toHaveLength(1);
    expect(clocks[0]).toMatchObject({ customerId: 'c-marta', state: 'running' });
  });

  it('orders mentions by time whatever order they come in', () => {
    const bad = mention(0, score(-0.5));
    const good = mention(4, score(0.5));
    expect(recoveryClocks(read(good, bad), at(5))[0]).toMatchObject({ state: 'recovered', hoursToRecover: 4 });
  });
});

describe('hoursLeft and currentClock', () => {
  it('says how long a running clock has left and which clock to show', () => {
    const clocks = recoveryClocks(read(mention(0, score(-0.5)), mention(1, score(0.5)), mention(10, score(-0.5))), at(20));
    const current = currentClock(clocks)!;
    expect(current).toMatchObject({ state: 'running', startedAt: at(10) });
    expect(hoursLeft(current, at(20))).toBe(38);
    expect(hoursLeft(current, at(70))).toBe(0);
    expect(hoursLeft(clocks[0]!, at(20))).toBeUndefined();
    expect(currentClock([])).toBeUndefined();
  });
});
