import { expect, it } from 'vitest';
import { parseDuration } from './duration.ts';

it('reads config durations', () => {
  expect(parseDuration('30s')).toBe(30_000);
  expect(parseDuration('5m')).toBe(300_000);
  expect(parseDuration('1h30m')).toBe(5_400_000);
  expect(parseDuration('1d')).toBe(86_400_000);
  expect(parseDuration('250ms')).toBe(250);
});

it('refuses what is not a duration', () => {
  for (const bad of ['', '5', 'm', '5 minutes', '-5m', '0s']) expect(parseDuration(bad)).toBeUndefined();
});
