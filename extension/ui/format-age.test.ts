import { describe, expect, it } from 'vitest';
import { formatAge } from './format-age.ts';

const now = Date.parse('2026-11-20T12:00:00Z');

describe('formatAge', () => {
  it('says minutes and hours short, in Spanish and English', () => {
    expect(formatAge('2026-11-20T09:00:00Z', now, 'es', 'ahora')).toBe('hace 3 h');
    expect(formatAge('2026-11-20T09:00:00Z', now, 'en', 'now')).toBe('3 h ago');
    expect(formatAge('2026-11-20T11:55:00Z', now, 'es', 'ahora')).toBe('hace 5 min');
    expect(formatAge('2026-11-20T11:59:00Z', now, 'en', 'now')).toBe('1 min ago');
  });

  it('says days and longer in words, with the right plural', () => {
    expect(formatAge('2026-11-19T11:00:00Z', now, 'es', 'ahora')).toBe('hace 1 día');
    expect(formatAge('2026-11-18T11:00:00Z', now, 'es', 'ahora')).toBe('hace 2 días');
    expect(formatAge('2026-11-19T11:00:00Z', now, 'en', 'now')).toBe('1 day ago');
    expect(formatAge('2026-11-18T11:00:00Z', now, 'en', 'now')).toBe('2 days ago');
    expect(formatAge('2026-10-30T12:00:00Z', now, 'es', 'ahora')).toBe('hace 3 semanas');
    expect(formatAge('2026-08-20T12:00:00Z', now, 'en', 'now')).toBe('3 months ago');
    expect(formatAge('2024-11-01T12:00:00Z', now, 'es', 'ahora')).toBe('hace 2 años');
  });

  it('says "now" under a minute, also for dates slightly in the future (clock skew)', () => {
    expect(formatAge('2026-11-20T11:59:30Z', now, 'en', 'now')).toBe('now');
    expect(formatAge('2026-11-20T12:00:20Z', now, 'es', 'ahora')).toBe('ahora');
  });

  it('returns undefined for a date it cannot read, rather than inventing one', () => {
    expect(formatAge('yesterday-ish', now, 'en', 'now')).toBeUndefined();
  });
});
