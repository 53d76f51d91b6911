import { expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.ts';

it('reads seconds and HTTP dates', () => {
  expect(parseRetryAfter('30')).toBe(30_000);
  expect(parseRetryAfter(' 120 ')).toBe(120_000);
  expect(parseRetryAfter('Fri, 20 Nov 2026 10:01:00 GMT', Date.parse('2026-11-20T10:00:00Z'))).toBe(60_000);
  expect(parseRetryAfter('Fri, 20 Nov 2026 09:00:00 GMT', Date.parse('2026-11-20T10:00:00Z'))).toBe(0);
  for (const unreadable of ['soon', '', '-5', '1.5', null, undefined]) expect(parseRetryAfter(unreadable)).toBeUndefined();
});

it('caps what a server may ask for at 24 hours, so the wait never overflows a timer', () => {
  expect(MAX_RETRY_AFTER_MS).toBe(86_400_000);
  expect(parseRetryAfter('99999999')).toBe(MAX_RETRY_AFTER_MS);
  expect(parseRetryAfter('9'.repeat(400))).toBe(MAX_RETRY_AFTER_MS);
  expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT')).toBe(MAX_RETRY_AFTER_MS);
});
