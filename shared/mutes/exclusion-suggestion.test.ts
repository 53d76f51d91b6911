import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention.ts';
import { exclusionSuggestions, exclusionTextSchema, suggestExclusion } from './exclusion-suggestion.ts';

const kestrel = { name: 'Kestrel', query: 'kestrel OR "kestrel app" -jobs' };
const post = (id: string, text: string, over: Partial<Mention> = {}) => ({
  id, text, author: { handle: 'birder' }, lang: 'en', platform: 'reddit', matches: [{ brand: 'Kestrel', terms: ['kestrel'] }], ...over,
});
const notUs = { by: 'ana', at: '2026-12-07T10:00:00.000Z', rule: { kind: 'not-about-us' as const, brand: 'Kestrel' } };

describe('exclusion suggestions from "not about us"', () => {
  it('names the brand word with the telling word beside it, and the suggestion keeps that post out', () => {
    expect(suggestExclusion(post('a', 'Saw a kestrel falcon hovering over the field'), kestrel)).toBe('-"kestrel falcon"');
    expect(suggestExclusion(post('b', 'El cernícalo común (common kestrel) en Doñana'), kestrel)).toBe('-"common kestrel"');
  });

  it('falls back to one telling word when the brand word stands alone, and finds nothing in a post of stopwords', () => {
    expect(suggestExclusion(post('c', 'Kestrel: about the ornithology'), kestrel)).toBe('-ornithology');
    expect(suggestExclusion(post('d', 'kestrel'), kestrel)).toBeUndefined();
  });

  it('gathers suggestions across hidden posts, most learned first, leaving out accepted ones and other reasons', () => {
    const hidden = [
      { ...post('1', 'A kestrel falcon again'), muted: notUs },
      { ...post('2', 'kestrel falcon nest cam'), muted: notUs },
      { ...post('3', 'Spotted: wild kestrel on the roof'), muted: notUs },
      { ...post('4', 'kestrel falcon'), muted: { ...notUs, rule: { kind: 'rule' as const, ruleId: 'r', brand: 'Kestrel', muteKind: 'author' as const, value: 'x' } } },
      { ...post('5', 'kestrel falcon'), muted: { ...notUs, rule: { kind: 'not-about-us' as const, brand: 'Gone' } } },
    ];
    expect(exclusionSuggestions(hidden, [kestrel], [])).toEqual([
      { brand: 'Kestrel', exclusion: '-"kestrel falcon"', mentionIds: ['1', '2'] },
      { brand: 'Kestrel', exclusion: '-"wild kestrel"', mentionIds: ['3'] },
    ]);
    expect(exclusionSuggestions(hidden, [kestrel], [{ brand: 'Kestrel', exclusion: '-"kestrel falcon"' }]).map((s) => s.exclusion)).toEqual(['-"wild kestrel"']);
  });

  it('accepts -word and -"a phrase" only', () => {
    expect(exclusionTextSchema.safeParse('-"kestrel falcon"').success).toBe(true);
    expect(exclusionTextSchema.safeParse('-ornithology').success).toBe(true);
    for (const bad of ['kestrel', '-', '-(a OR b)', '-"unclosed', '--x']) expect(exclusionTextSchema.safeParse(bad).success, bad).toBe(false);
  });
});
