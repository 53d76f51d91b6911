import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './page-session.ts';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 04 Mar 2026 10:00:30 GMT', Date.parse('2026-03-04T10:00:00Z'))).toBe(30_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
