import { describe, expect, it } from 'vitest';
import { durationPlural, formatDuration } from './time-words.ts';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('formatDuration', () => {
  it('words short spans for rows in both languages', () => {
    expect(formatDuration(35 * MIN, 'en')).toBe('35 min');
    expect(formatDuration(35 * MIN, 'es')).toBe('35 min');
    expect(formatDuration(3 * H + 20 * MIN, 'en')).toBe('3 h 20 min');
    expect(formatDuration(2 * D + 4 * H, 'en')).toBe('2 d 4 h');
    expect(formatDuration(2 * D + 4 * H, 'es')).toBe('2 d 4 h');
    expect(formatDuration(12 * H + 40 * MIN, 'en')).toBe('13 h');
    expect(formatDuration(20 * 1000, 'es')).toBe('< 1 min');
  });

  it('words long spans with the right singular and plural', () => {
    expect(formatDuration(1 * H, 'en', { style: 'long' })).toBe('1 hour');
    expect(formatDuration(1 * D, 'es', { style: 'long' })).toBe('1 día');
    expect(formatDuration(2 * D, 'es', { style: 'long' })).toBe('2 días');
    expect(formatDuration(2 * D + 1 * H, 'es', { style: 'long' })).toBe('2 días y 1 hora');
    expect(formatDuration(1 * D + 4 * H, 'en', { style: 'long' })).toBe('1 day and 4 hours');
    expect(formatDuration(1 * MIN, 'es', { style: 'long' })).toBe('1 minuto');
    expect(formatDuration(0, 'en', { style: 'long' })).toBe('less than a minute');
  });

  it('keeps business time in hours, where a "day" would be ambiguous', () => {
    expect(formatDuration(52 * H, 'en', { largest: 'hour' })).toBe('52 h');
    expect(formatDuration(52 * H, 'es', { largest: 'hour', style: 'long' })).toBe('52 horas');
  });

  it('tells the verb its number: one unit of one is singular, anything else plural', () => {
    expect(durationPlural(1 * H, 'es')).toBe('one');
    expect(durationPlural(1 * D, 'es')).toBe('one');
    expect(durationPlural(2 * H, 'es')).toBe('other');
    expect(durationPlural(1 * H + 5 * MIN, 'es')).toBe('other');
  });
});
