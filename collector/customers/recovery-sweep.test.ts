import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { startRecoverySweep, sweepRecovery } from './recovery-sweep.ts';
import { openTempStore, type TempStore } from './testing/customer-fixtures.ts';

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore();
});
afterEach(() => temp.close());

const H = (hours: number) => new Date(Date.parse('2026-11-20T10:00:00.000Z') + hours * 3_600_000).toISOString();
const positive = { score: 0.7, label: 'positive' as const, confidence: 0.9 };

describe('the recovery sweep', () => {
  it('writes each clock onto the negative mention that started it, and moves it as later mentions arrive', async () => {
    const { store } = temp;
    const complaint = makeMention({ customerId: 'cus_1', publishedAt: H(0), text: 'Lumora charged me twice' });
    const stranger = makeMention({ publishedAt: H(0) });
    await store.insertMentions([complaint, stranger]);
    expect(await sweepRecovery(store, H(-96), H(1))).toBe(1);
    expect((await store.getMention(complaint.id))?.recovery).toEqual({ brand: 'Lumora', state: 'running', startedAt: H(0), deadline: H(48) });
    expect((await store.getMention(stranger.id))?.recovery).toBeUndefined();
    // Nothing moved: nothing written, no change seq spent.
    const seq = await store.latestSeq();
    expect(await sweepRecovery(store, H(-96), H(2))).toBe(0);
    expect(await store.latestSeq()).toBe(seq);
    const thanks = makeMention({ customerId: 'cus_1', publishedAt: H(5), text: 'Lumora refunded me, thanks', sentiment: positive });
    await store.insertMentions([thanks]);
    expect(await sweepRecovery(store, H(-96), H(6))).toBe(1);
    expect((await store.getMention(complaint.id))?.recovery).toMatchObject({ state: 'recovered', endMentionId: thanks.id, hoursToRecover: 5 });
    // The positive mention starts no clock of its own.
    expect((await store.getMention(thanks.id))?.recovery).toBeUndefined();
  });

  it('marks a clock lost once its 48 h run out, and clears a clock its mention no longer starts', async () => {
    const { store } = temp;
    const complaint = makeMention({ customerId: 'cus_2', publishedAt: H(0) });
    await store.insertMentions([complaint]);
    await sweepRecovery(store, H(-96), H(1));
    await sweepRecovery(store, H(-96), H(49));
    expect((await store.getMention(complaint.id))?.recovery).toMatchObject({ state: 'lost', lostReason: 'expired', endedAt: H(48) });
    // Corrected to positive by a person: it never was a complaint, so it carries no clock any more.
    await store.team.correctSentiment(complaint.id, { label: 'positive' }, { by: 'ana', at: H(50) });
    await sweepRecovery(store, H(-96), H(50));
    expect((await store.getMention(complaint.id))?.recovery).toBeUndefined();
  });

  it('backfills the look-back window on its first sweep and keeps sweeping until stopped', async () => {
    const { store } = temp;
    const old = makeMention({ customerId: 'cus_3', publishedAt: H(-20 * 24) });
    await store.insertMentions([old]);
    let changes = 0;
    const sweep = startRecoverySweep({ store, everyMs: 60_000, backfillDays: 30, now: () => new Date(H(0)), onChanged: () => changes++, log: () => undefined });
    sweep.stop();
    // The loop's own first sweep may still be running: a second one finds it done (or does it).
    await sweep.sweepOnce();
    expect((await store.getMention(old.id))?.recovery).toMatchObject({ state: 'lost', lostReason: 'expired' });
    expect(changes).toBeGreaterThanOrEqual(1);
  });
});

describe('the recovery sweep, poked', () => {
  it('sweeps soon after a change instead of waiting for its interval', async () => {
    const { store } = temp;
    const sweep = startRecoverySweep({ store, everyMs: 3_600_000, settleMs: 20, backfillDays: 1, now: () => new Date(H(1)), log: () => undefined });
    const stopListening = store.onChange(() => sweep.poke());
    try {
      const complaint = makeMention({ customerId: 'cus_9', publishedAt: H(0) });
      await store.insertMentions([complaint]);
      await expect.poll(async () => (await store.getMention(complaint.id))?.recovery?.state, { timeout: 5000, interval: 20 }).toBe('running');
    } finally {
      stopListening();
      sweep.stop();
    }
  });
});
