import { expect, it } from 'vitest';
import { nextDelay } from './scheduler.ts';

const opts = { jitter: 0.1, maxBackoffMs: 3_600_000 };

it('jitters the interval within ±10 %', () => {
  expect(nextDelay(60_000, 0, { ...opts, random: 0 })).toBe(54_000);
  expect(nextDelay(60_000, 0, { ...opts, random: 1 })).toBe(66_000);
});

it('backs off exponentially after failures, up to the cap, and honours Retry-After', () => {
  expect(nextDelay(60_000, 1, opts)).toBe(120_000);
  expect(nextDelay(60_000, 3, opts)).toBe(480_000);
  expect(nextDelay(60_000, 30, opts)).toBe(3_600_000);
  expect(nextDelay(60_000, 0, { ...opts, random: 0.5, retryAfterMs: 600_000 })).toBe(600_000);
});
