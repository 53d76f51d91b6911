import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPostBatcher } from './post-batcher.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('post batcher', () => {
  it('waits for the page to settle, then sends what arrived as one batch', async () => {
    const sent: number[][] = [];
    const batcher = createPostBatcher<number>({ send: async (b) => void sent.push(b), waitMs: 100 });
    batcher.add(1);
    await vi.advanceTimersByTimeAsync(60);
    batcher.add(2, 3);
    await vi.advanceTimersByTimeAsync(60);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toEqual([[1, 2, 3]]);
  });

  it('sends a full batch at once, bounded, and never two batches at the same time', async () => {
    const sent: number[][] = [];
    let inFlight = 0;
    let most = 0;
    const batcher = createPostBatcher<number>({
      maxBatch: 2,
      waitMs: 1000,
      send: async (b) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 10));
        sent.push(b);
        inFlight -= 1;
      },
    });
    batcher.add(1, 2, 3, 4, 5);
    await vi.advanceTimersByTimeAsync(30);
    expect(sent).toEqual([[1, 2], [3, 4], [5]]);
    expect(most).toBe(1);
  });

  it('keeps going after a failed batch and tells when it is idle', async () => {
    const sent: number[][] = [];
    const batcher = createPostBatcher<number>({
      maxBatch: 1,
      send: async (b) => {
        if (b[0] === 1) throw new Error('Extension context invalidated');
        sent.push(b);
      },
    });
    batcher.add(1, 2);
    const idle = batcher.idle();
    await vi.runAllTimersAsync();
    await idle;
    expect(sent).toEqual([[2]]);
  });
});
