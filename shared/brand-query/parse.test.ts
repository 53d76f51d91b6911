import { describe, expect, it } from 'vitest';
import { BrandQueryError, parseBrandQuery, printBrandQuery } from './index.ts';

const errorOf = (source: string): BrandQueryError => {
  try {
    parseBrandQuery(source);
  } catch (error) {
    if (error instanceof BrandQueryError) return error;
    throw error;
  }
  throw new Error(`expected "${source}" to fail`);
};

describe('parseBrandQuery', () => {
  it('reads the smallest config query as (acme OR "acme corp") AND NOT jobs', () => {
    expect(parseBrandQuery('acme OR "acme corp" -jobs')).toEqual({
      kind: 'and',
      children: [
        { kind: 'or', children: [{ kind: 'term', text: 'acme', phrase: false }, { kind: 'term', text: 'acme corp', phrase: true }] },
        { kind: 'not', child: { kind: 'term', text: 'jobs', phrase: false } },
      ],
    });
  });

  it('binds OR tighter than AND, explicit or implicit, and NOT tighter than both', () => {
    const implicit = parseBrandQuery('lumora router OR wifi NOT empleo');
    expect(printBrandQuery(implicit)).toBe('lumora router OR wifi -empleo');
    expect(parseBrandQuery('lumora AND router OR wifi AND NOT empleo')).toEqual(implicit);
    expect(parseBrandQuery('(a b) OR c')).toMatchObject({ kind: 'or', children: [{ kind: 'and' }, { kind: 'term' }] });
  });

  it('reads handles, hashtags, filters and NEAR', () => {
    expect(parseBrandQuery('@Marta_RZ #Lumora lang:ES platform:reddit')).toEqual({
      kind: 'and',
      children: [
        { kind: 'handle', handle: 'marta_rz' },
        { kind: 'hashtag', tag: 'Lumora' },
        { kind: 'filter', field: 'lang', value: 'es' },
        { kind: 'filter', field: 'platform', value: 'reddit' },
      ],
    });
    expect(parseBrandQuery('(lumora OR "lumora one") NEAR/3 rout*')).toEqual({
      kind: 'near',
      distance: 3,
      left: [{ kind: 'term', text: 'lumora', phrase: false }, { kind: 'term', text: 'lumora one', phrase: true }],
      right: [{ kind: 'term', text: 'rout*', phrase: false }],
    });
  });

  it('treats lowercase and, or, not as plain words', () => {
    expect(parseBrandQuery('rock and roll')).toMatchObject({ kind: 'and', children: [{}, { text: 'and' }, {}] });
  });

  it.each([
    ['acme corp)', 9, 'unexpected ")"'],
    ['(acme OR lumora', 0, '"(" is never closed'],
    ['acme OR', 7, 'the query ends where a term was expected'],
    ['OR acme', 0, 'unexpected "OR"'],
    ['acme AND AND x', 9, 'unexpected "AND"'],
    ['say "hello', 4, 'unclosed quote'],
    ['acme - jobs', 5, '"-" must be followed by a term, without a space'],
    ['', 0, 'the query is empty'],
    ['   ', 0, 'the query is empty'],
    ['acme ()', 6, 'empty parentheses'],
    ['a NEAR/x b', 2, 'NEAR needs a number of words, like NEAR/3'],
    ['a NEAR/2 b NEAR/2 c', 11, 'NEAR cannot be chained; combine two NEARs with AND'],
    ['(a b) NEAR/2 c', 6, 'NEAR needs a word, a phrase or (a OR b) of them on each side'],
    ['ac*me', 2, 'a "*" wildcard may only end a word'],
    ['"big a*"', 6, 'a "*" wildcard needs at least 2 letters before it'],
    ['#no-tag', 0, 'a hashtag has only letters, digits and "_"'],
    ['@', 0, '"@" is not a handle'],
    ['lang:', 5, 'lang: needs a value like lang:es'],
    ['acme !!!', 5, '"!!!" has no letters or digits to match'],
  ])('rejects %j at %i: %s', (source, position, reason) => {
    const error = errorOf(source);
    expect(error.position).toBe(position);
    expect(error.message).toBe(`brand query: ${reason} at ${position}`);
  });

  it('rejects nesting deep enough to exhaust the stack with a BrandQueryError', () => {
    expect(errorOf(`${'('.repeat(3000)}a${')'.repeat(3000)}`).reason).toBe('the query is nested too deeply');
    expect(errorOf(`${'-'.repeat(200)}a`).reason).toBe('the query is nested too deeply');
    expect(errorOf('a '.repeat(6000)).reason).toMatch(/longer than/);
  });

  it('rejects input that is not text', () => {
    expect(() => parseBrandQuery(42 as unknown as string)).toThrow(BrandQueryError);
  });
});
