import { describe, expect, it } from 'vitest';
import { bucketStartOf, instantOfPrefix, sqlPrefixLength } from './sentiment-buckets.ts';

describe('sentiment buckets from SQL prefixes of sort_at', () => {
  it('group by the hour or the day, and a day prefix falls in its Monday week', () => {
    expect('2026-11-22T10:45:12.000Z'.slice(0, sqlPrefixLength('hour'))).toBe('2026-11-22T10');
    expect('2026-11-22T10:45:12.000Z'.slice(0, sqlPrefixLength('week'))).toBe('2026-11-22');
    expect(instantOfPrefix('2026-11-22T10')).toBe('2026-11-22T10:00:00.000Z');
    expect(bucketStartOf('2026-11-22T10', 'hour')).toBe('2026-11-22T10:00:00.000Z');
    expect(bucketStartOf('2026-11-22', 'week')).toBe('2026-11-16T00:00:00.000Z');
  });
});
