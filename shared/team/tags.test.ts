import { describe, expect, it } from 'vitest';
import { applyTagChange, normalizeTag, normalizeTags, TAGS_PER_MENTION } from './tags.ts';

describe('tags', () => {
  it('are one tag however they are typed, in English and Spanish', () => {
    expect(normalizeTag('  Billing Issue ')).toBe('billing-issue');
    expect(normalizeTag('#Facturación')).toBe('facturación');
    expect(normalizeTag('FACTURACIÓN')).toBe('facturación');
    expect(normalizeTag('outage:2026/03')).toBe('outage:2026/03');
  });

  it('name what is wrong with a bad one', () => {
    expect(() => normalizeTag('   ')).toThrow('a tag cannot be empty');
    expect(() => normalizeTag('<b>')).toThrow(/a tag is letters, digits/);
    expect(() => normalizeTag('x'.repeat(41))).toThrow(/at most 40 characters/);
    expect(() => normalizeTags(Array.from({ length: TAGS_PER_MENTION + 1 }, (_, i) => `t${i}`))).toThrow(/at most 20 tags \(21 given\)/);
  });

  it('add and remove on the set as it is, each once, in the order first given', () => {
    expect(applyTagChange(['vip', 'billing'], { add: ['Billing', 'chat'], remove: ['VIP'] })).toEqual(['billing', 'chat']);
  });
});
