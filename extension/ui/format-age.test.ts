import { describe, expect, it } from 'vitest';
import { formatAge } from './format-age.ts';

const now = Date.parse('2026-11-20T12:00:00Z');

describe('formatAge', () => {
  it('says hours ago in Spanish and English', () => {
    expect(formatAge('2026-11-20T09:00:00Z', now, 'es', 'ahora')).toBe('hace 3 h');
    expect(formatAge('2026-11-20T09:00:00Z', now, 'en', 'now')).toMatch(/^3\s?h(r\.)? ago$/);
  });

  it('picks the largest whole unit', () => {
    expect(formatAge('2026-11-20T11:55:00Z', now, 'es', 'ahora')).toBe('hace 5 min');
    expect(formatAge('2026-11-18T11:00:00Z', now, 'es', 'ahora')).toBe('hace 2 d');
  });

  it('says "now" under a minute, also for dates slightly in the future (clock skew)', () => {
    expect(formatAge('2026-11-20T11:59:30Z', now, 'en', 'now')).toBe('now');
    expect(formatAge('2026-11-20T12:00:20Z', now, 'es', 'ahora')).toBe('ahora');
  });

  it('returns undefined for a date it cannot read, rather than inventing one', () => {
    expect(formatAge('yesterday-ish', now, 'en', 'now')).toBeUndefined();
  });
});
