import { describe, expect, it } from 'vitest';
import { bucketCount, bucketStart, bucketStartMs, bucketStarts, nextBucketMs } from './time-buckets.ts';

describe('time buckets', () => {
  it('start on the hour, at midnight UTC, or on Monday', () => {
    expect(bucketStart('2026-11-22T10:45:12.000Z', 'hour')).toBe('2026-11-22T10:00:00.000Z');
    expect(bucketStart('2026-11-22T10:45:12.000Z', 'day')).toBe('2026-11-22T00:00:00.000Z');
    // 22 November 2026 is a Sunday: its week began on Monday the 16th; a Monday starts its own.
    expect(bucketStart('2026-11-22T23:59:59.999Z', 'week')).toBe('2026-11-16T00:00:00.000Z');
    expect(bucketStart('2026-11-23T00:00:00.000Z', 'week')).toBe('2026-11-23T00:00:00.000Z');
    // An offset is read as the instant it names.
    expect(bucketStart('2026-11-23T01:30:00+02:00', 'day')).toBe('2026-11-22T00:00:00.000Z');
    expect(bucketStartMs(Date.parse('1969-12-31T23:30:00.000Z'), 'hour')).toBe(Date.parse('1969-12-31T23:00:00.000Z'));
  });

  it('list every bucket that overlaps the range, empty ones included, and count them without listing', () => {
    expect(bucketStarts('2026-11-20T12:00:00.000Z', '2026-11-23T00:00:00.000Z', 'day')).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z']);
    expect(bucketStarts('2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z', 'hour')).toEqual([]);
    expect(bucketStarts('2026-11-18T00:00:00.000Z', '2026-11-24T00:00:00.000Z', 'week')).toEqual(['2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
    expect(bucketCount('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', 'hour')).toBe(8760);
    expect(bucketCount('2026-11-20T12:00:00.000Z', '2026-11-23T00:00:00.000Z', 'day')).toBe(3);
    expect(bucketCount('2026-11-23T00:00:00.000Z', '2026-11-20T00:00:00.000Z', 'day')).toBe(0);
    expect(nextBucketMs(Date.parse('2026-11-16T00:00:00.000Z'), 'week')).toBe(Date.parse('2026-11-23T00:00:00.000Z'));
  });
});
