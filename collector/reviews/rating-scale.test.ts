import { describe, expect, it } from 'vitest';
import { normalizeRating, parseCount, parseRatingNumber, toRatingScale } from './rating-scale.ts';

describe('rating scales', () => {
  it('applies schema.org defaults (best 5, worst 1) and the page’s own bounds', () => {
    expect(normalizeRating(toRatingScale('5')!)).toBe(1);
    expect(normalizeRating(toRatingScale('1')!)).toBe(0);
    expect(normalizeRating(toRatingScale('3.5')!)).toBe(0.625);
    expect(normalizeRating(toRatingScale(88, 100, 0)!)).toBe(0.88);
    expect(normalizeRating(toRatingScale('8', '10')!)).toBe(0.7778);
  });

  it('refuses values outside the scale and empty scales instead of clamping', () => {
    expect(normalizeRating({ value: 0, best: 5, worst: 1 })).toBeUndefined();
    expect(normalizeRating({ value: 6, best: 5, worst: 1 })).toBeUndefined();
    expect(normalizeRating({ value: 3, best: 3, worst: 3 })).toBeUndefined();
  });

  it('reads numbers and counts the way pages write them', () => {
    expect(parseRatingNumber('4,5 out of 5')).toBe(4.5);
    expect(parseRatingNumber('no rating')).toBeUndefined();
    expect(toRatingScale('n/a')).toBeUndefined();
    expect(parseCount('1,234 reviews')).toBe(1234);
    expect(parseCount('12.345')).toBe(12345);
    expect(parseCount(7.5)).toBeUndefined();
  });
});
