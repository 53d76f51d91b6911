import { describe, expect, it } from 'vitest';
import { figuresFor } from './figures.ts';

const NOV_4 = Date.parse('2026-11-04T12:00:00Z') / 1000;

describe('figuresFor', () => {
  it('writes Spanish figures the Spanish way', () => {
    const f = figuresFor('es', 'UTC');
    expect(f.number(0.5)).toBe('0,5');
    expect(f.signed(-0.5)).toBe('−0,50');
    expect(f.signed(0.125, 3)).toBe('+0,125');
    expect(f.percent(0.75)).toMatch(/^75\s%$/);
    expect(f.count(12345)).toBe('12.345');
    expect(f.day(NOV_4)).toBe('4 nov');
  });

  it('writes English figures the English way', () => {
    const f = figuresFor('en', 'UTC');
    expect(f.number(0.5)).toBe('0.5');
    expect(f.signed(0)).toBe('±0.00');
    expect(f.percent(0.75)).toBe('75%');
    expect(f.percent(null)).toBe('—');
    expect(f.count(12345)).toBe('12,345');
    expect(f.day(NOV_4)).toBe('Nov 4');
  });
});
