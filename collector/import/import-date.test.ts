import { describe, expect, it } from 'vitest';
import { parseImportDate } from './import-date.ts';

describe('parseImportDate', () => {
  it.each([
    ['2026-11-02T10:00:00Z', {}, '2026-11-02T10:00:00.000Z'],
    ['2026-11-02T11:00:00+01:00', {}, '2026-11-02T10:00:00.000Z'],
    ['2026-11-02 10:00', {}, '2026-11-02T10:00:00.000Z'],
    ['2026-11-02 11:00:30', { utcOffset: '+01:00' }, '2026-11-02T10:00:30.000Z'],
    ['2026-11-02 10:00:00 +0100', { utcOffset: '-05:00' }, '2026-11-02T09:00:00.000Z'],
    ['2026-11-02', {}, '2026-11-02T00:00:00.000Z'],
    ['11/2/2026 10:05 AM', {}, '2026-11-02T10:05:00.000Z'],
    ['11/2/2026, 12:05 PM', {}, '2026-11-02T12:05:00.000Z'],
    ['11/2/2026 12:05 AM', {}, '2026-11-02T00:05:00.000Z'],
    ['02/11/2026 18:40', { dayFirst: true }, '2026-11-02T18:40:00.000Z'],
    ['02.11.2026 18:40', {}, '2026-11-02T18:40:00.000Z'],
  ])('%s %j → %s', (raw, opts, iso) => {
    expect(parseImportDate(raw, opts)).toBe(iso);
  });

  it.each(['yesterday', '2026-13-01 10:00', '2026-02-30', '31/11/2026', '13/2/2026 13:00 PM', '2026-11-02 24:00', ''])('refuses %j', (raw) => {
    expect(parseImportDate(raw, { dayFirst: raw.startsWith('31') })).toBeUndefined();
  });

  it('refuses a malformed default offset instead of guessing', () => {
    expect(parseImportDate('2026-11-02 10:00', { utcOffset: 'CET' })).toBeUndefined();
  });
});
