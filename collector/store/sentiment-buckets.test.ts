import { describe, expect, it } from 'vitest';
import { bucketCount, bucketStart, bucketStartOf, bucketStarts } from './sentiment-buckets.ts';

describe('sentiment buckets', () => {
  it('start on the hour, at midnight UTC, or on Monday', () => {
    expect(bucketStart('2026-11-22T10:45:12.000Z', 'hour')).toBe('2026-11-22T10:00:00.000Z');
    expect(bucketStart('2026-11-22T10:45:12.000Z', 'day')).toBe('2026-11-22T00:00:00.000Z');
    // 22 November 2026 is a Sunday: its week began on Monday the 16th; a Monday starts its own.
    expect(bucketStart('2026-11-22T23:59:59.999Z', 'week')).toBe('2026-11-16T00:00:00.000Z');
    expect(bucketStart('2026-11-23T00:00:00.000Z', 'week')).toBe('2026-11-23T00:00:00.000Z');
    expect(bucketStartOf('2026-11-22T10', 'hour')).toBe('2026-11-22T10:00:00.000Z');
    expect(bucketStartOf('2026-11-22', 'week')).toBe('2026-11-16T00:00:00.000Z');
  });

  it('list every bucket that overlaps the range, empty ones included, and count them without listing', () => {
    expect(bucketStarts('2026-11-20T12:00:00.000Z', '2026-11-23T00:00:00.000Z', 'day')).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z']);
    expect(bucketStarts('2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z', 'hour')).toEqual([]);
    expect(bucketCount('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', 'hour')).toBe(8760);
    expect(bucketCount('2026-11-20T12:00:00.000Z', '2026-11-23T00:00:00.000Z', 'day')).toBe(3);
  });
});
