import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../db/vigia-db.ts';
import { markSeen, readSeenIds, seenSinceItem } from './seen-state.ts';

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

describe('seen state', () => {
  it('marks mentions seen once, keeping the first time, and says how many were new', async () => {
    expect(await markSeen(['a', 'b', 'a'])).toBe(2);
    const first = await db.seenMentions.get('a');
    expect(await markSeen(['a', 'c'])).toBe(1);
    expect(await db.seenMentions.get('a')).toEqual(first);
    expect(await readSeenIds()).toEqual(new Set(['a', 'b', 'c']));
    expect(await markSeen([])).toBe(0);
  });

  it('counts as new what was collected up to 48 h before the extension first looked', async () => {
    const before = Date.now();
    const since = Date.parse(await seenSinceItem.getValue());
    const after = Date.now();
    expect(since).toBeGreaterThanOrEqual(before - 48 * 3_600_000);
    expect(since).toBeLessThanOrEqual(after - 48 * 3_600_000);
    // Fixed once: later reads give the same baseline.
    expect(await seenSinceItem.getValue()).toBe(new Date(since).toISOString());
  });
});
