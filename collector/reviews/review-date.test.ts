import { describe, expect, it } from 'vitest';
import { parseWrittenDate, toIsoDate } from './review-date.ts';

describe('toIsoDate', () => {
  it('keeps ISO dates as written and converts zoned date-times', () => {
    expect(toIsoDate('2011-04-01')).toBe('2011-04-01');
    expect(toIsoDate('2024-03-03 10:11:12+01:00')).toBe('2024-03-03T10:11:12+01:00');
    expect(toIsoDate('Sun, 03 Mar 2024 10:00:00 GMT')).toBe('2024-03-03T10:00:00.000Z');
  });

  it('gives nothing for dates it would have to guess', () => {
    expect(toIsoDate('2024-02-30')).toBeUndefined();
    expect(toIsoDate('March 3, 2024')).toBeUndefined(); // no zone: its day depends on where it was read
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate(undefined)).toBeUndefined();
  });
});

describe('parseWrittenDate', () => {
  it('reads English and Spanish month names in either order, inside sentences', () => {
    expect(parseWrittenDate('Reviewed in the United States on March 3, 2024')).toBe('2024-03-03');
    expect(parseWrittenDate('Written 14 Feb 2025')).toBe('2025-02-14');
    expect(parseWrittenDate('Revisado en España el 3 de marzo de 2024')).toBe('2024-03-03');
    expect(parseWrittenDate('Sept. 9, 2023')).toBe('2023-09-09');
  });

  it('gives nothing for relative or impossible dates', () => {
    expect(parseWrittenDate('2 weeks ago')).toBeUndefined();
    expect(parseWrittenDate('February 30, 2024')).toBeUndefined();
    expect(parseWrittenDate('Date of experience: March 2024')).toBeUndefined();
  });
});
