import { describe, expect, it } from 'vitest';
import { responseWindowOf } from './response-window.ts';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('responseWindowOf', () => {
  it('counts hours left within 48 h of publication and hours over after', () => {
    expect(responseWindowOf('2026-11-24T02:30:00Z', 'new', now)).toEqual({ state: 'open', hoursLeft: 38 });
    expect(responseWindowOf('2026-11-22T12:00:00Z', 'assigned', now)).toEqual({ state: 'overdue', hoursOver: 0 });
    expect(responseWindowOf('2026-11-22T06:30:00Z', 'new', now)).toEqual({ state: 'overdue', hoursOver: 6 });
  });

  it('says answered once responded, resolved or ignored, and unknown without a publication date', () => {
    expect(responseWindowOf('2026-11-24T02:30:00Z', 'responded', now)).toEqual({ state: 'answered' });
    expect(responseWindowOf('2026-11-01T00:00:00Z', 'ignored', now)).toEqual({ state: 'answered' });
    expect(responseWindowOf(undefined, 'new', now)).toEqual({ state: 'unknown' });
    expect(responseWindowOf('soon', 'new', now)).toEqual({ state: 'unknown' });
  });

  it('treats a date a little in the future (clock skew) as just published', () => {
    expect(responseWindowOf('2026-11-24T12:10:00Z', 'new', now)).toEqual({ state: 'open', hoursLeft: 48 });
  });
});
