import { describe, expect, it } from 'vitest';
import { RESPONSE_BUCKETS, responseBucketOf, responseCutoff, responseSeconds, responseStateOf, summarizeResponseTimes } from './response-times.ts';

const H = 3600;

describe('response times', () => {
  it('put an answer in the first bar it does not exceed, to the second', () => {
    expect(RESPONSE_BUCKETS).toContain(48);
    expect(responseBucketOf(0)).toBe(1);
    expect(responseBucketOf(-600)).toBe(1);
    expect(responseBucketOf(H)).toBe(1);
    expect(responseBucketOf(H + 1)).toBe(4);
    expect(responseBucketOf(48 * H)).toBe(48);
    expect(responseBucketOf(168 * H)).toBe(168);
    expect(responseBucketOf(168 * H + 1)).toBeNull();
    expect(responseSeconds('2026-11-02T10:00:00.000Z', '2026-11-02T13:00:00.400Z')).toBe(3 * H);
  });

  it('judge unanswered mentions against 48 hours at the given moment', () => {
    const now = '2026-11-05T12:00:00.000Z';
    expect(responseCutoff(now)).toBe('2026-11-03T12:00:00.000Z');
    expect(responseStateOf('2026-11-03T11:59:59.000Z', undefined, now)).toEqual({ state: 'over' });
    expect(responseStateOf('2026-11-03T12:00:00.000Z', undefined, now)).toEqual({ state: 'waiting' });
    expect(responseStateOf('2026-11-01T00:00:00.000Z', '2026-11-01T05:00:00.000Z', now)).toEqual({ state: 'answered', hours: 8 });
  });

  it('count answers within and over 48 hours, late unanswered ones as over', () => {
    expect(
      summarizeResponseTimes([
        { state: 'answered', hours: 4, count: 2 },
        { state: 'answered', hours: 48, count: 1 },
        { state: 'answered', hours: 72, count: 3 },
        { state: 'answered', hours: null, count: 1 },
        { state: 'over', count: 5 },
        { state: 'waiting', count: 4 },
      ]),
    ).toEqual({
      within48h: 3,
      over48h: 9,
      waiting: 4,
      buckets: [{ hours: 1, count: 0 }, { hours: 4, count: 2 }, { hours: 8, count: 0 }, { hours: 24, count: 0 }, { hours: 48, count: 1 }, { hours: 72, count: 3 }, { hours: 168, count: 0 }, { hours: null, count: 1 }],
    });
  });
});
