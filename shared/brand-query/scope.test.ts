import { describe, expect, it } from 'vitest';
import { printBrandQuery } from './ast.ts';
import { matchBrandQuery } from './match.ts';
import { parseBrandQuery } from './parse.ts';
import { exclusionsOf, scopedQuery } from './scope.ts';

const scoped = (query: string) => {
  const q = scopedQuery(parseBrandQuery(query));
  return q && printBrandQuery(q);
};

describe('scopedQuery', () => {
  it('keeps only what a brand-scoped item must still pass: exclusions and filters', () => {
    expect(scoped('acme')).toBeUndefined();
    expect(scoped('(acme OR "acme corp") -jobs -hiring')).toBe('-jobs -hiring');
    expect(scoped('acme lang:es')).toBe('lang:es');
    expect(scoped('acme OR -jobs')).toBeUndefined();
  });

  it('drops a review that never names the brand only when an exclusion hits', () => {
    const q = scopedQuery(parseBrandQuery('(acme OR #acme) -jobs'))!;
    expect(matchBrandQuery(q, { text: 'Flight was three hours late' })).not.toBeNull();
    expect(matchBrandQuery(q, { text: 'Weekend jobs at the airport shop' })).toBeNull();
  });

  it('lists every exclusion of a query', () => {
    expect(exclusionsOf(parseBrandQuery('(acme -bird) OR (acme corp -"asp net")')).map(printBrandQuery)).toEqual(['-bird', '-"asp net"']);
  });
});
