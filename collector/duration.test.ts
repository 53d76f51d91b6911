import { expect, it } from 'vitest';
import { clampDelay, everyMs, MAX_EVERY_MS, MAX_TIMER_MS, nextDelay, parseDuration } from './duration.ts';

it('reads config durations', () => {
  expect(parseDuration('30s')).toBe(30_000);
  expect(parseDuration('5m')).toBe(300_000);
  expect(parseDuration('1h30m')).toBe(5_400_000);
  expect(parseDuration('1d')).toBe(86_400_000);
  expect(parseDuration('250ms')).toBe(250);
  expect(parseDuration('30d')).toBe(30 * 86_400_000); // unbounded, so the config can say what is too long
});

it('refuses what is not a duration', () => {
  for (const bad of ['', '5', 'm', '5 minutes', '-5m', '0s', `${'9'.repeat(400)}d`]) expect(parseDuration(bad)).toBeUndefined();
});

it('honours an interval up to 7 days, well inside what a timer can wait', () => {
  expect(MAX_EVERY_MS).toBe(7 * 86_400_000);
  expect(MAX_EVERY_MS * 1.1).toBeLessThan(MAX_TIMER_MS);
  expect(everyMs('5m')).toBe(300_000);
  expect(everyMs('30d')).toBe(MAX_EVERY_MS);
  expect(everyMs('often')).toBe(900_000);
});

it('clamps any delay to what a timer honours', () => {
  expect(clampDelay(1500)).toBe(1500);
  expect(clampDelay(-20)).toBe(0);
  expect(clampDelay(99_999_999_000)).toBe(MAX_TIMER_MS);
  expect(clampDelay(Number.POSITIVE_INFINITY)).toBe(MAX_TIMER_MS);
  expect(clampDelay(Number.NaN)).toBe(MAX_TIMER_MS);
});

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

it('never schedules further out than the longest honoured interval', () => {
  expect(nextDelay(30 * 86_400_000, 0, { ...opts, random: 1 })).toBe(MAX_EVERY_MS);
  expect(nextDelay(Number.POSITIVE_INFINITY, 0, { ...opts, random: 0.5 })).toBe(MAX_EVERY_MS);
  expect(nextDelay(60_000, 0, { ...opts, random: 0.5, retryAfterMs: 99_999_999_000 })).toBe(MAX_EVERY_MS);
});
