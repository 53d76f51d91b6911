import { describe, expect, it } from 'vitest';
import { compileBrandQuery, matchBrandQuery, parseBrandQuery, prepareMatchTarget, printBrandQuery, type MatchTarget } from './index.ts';

const matches = (query: string, target: MatchTarget | string) =>
  compileBrandQuery(query)(typeof target === 'string' ? { text: target } : target) !== null;

describe('matchBrandQuery', () => {
  it('matches the smallest config query and reports terms and spans', () => {
    const acme = compileBrandQuery('acme OR "acme corp" -jobs');
    expect(acme({ text: 'Third bad order from ACME Corp this month.' })).toEqual({
      terms: ['acme', '"acme corp"'],
      spans: [
        { field: 'text', start: 21, end: 25, term: 'acme' },
        { field: 'text', start: 21, end: 30, term: '"acme corp"' },
      ],
    });
    expect(acme({ text: 'Acme corp is hiring: see our jobs page' })).toBeNull();
    expect(acme({ text: 'Lumora is better' })).toBeNull();
    const phraseOut = compileBrandQuery('acme -"acme jobs"');
    expect(phraseOut({ text: 'acme jobs fair' })).toBeNull();
    expect(phraseOut({ text: 'jobs at acme' })).not.toBeNull();
  });

  it('reports one span per place when two spellings of a term match the same words', () => {
    const match = compileBrandQuery('año* AND añó*')({ text: 'Feliz año' });
    expect(match?.spans).toEqual([{ field: 'text', start: 6, end: 9, term: 'año*' }]);
  });

  it('matches whole words only', () => {
    expect(matches('acme', 'Welcome to Acmeville')).toBe(false);
    expect(matches('acme', 'Welcome to acme-ville, (acme)!')).toBe(true);
    expect(matches('acme', 'acme_corp')).toBe(false);
    expect(matches('"acme corp"', 'acme corporation')).toBe(false);
  });

  it('ignores case and accents but keeps ñ apart from n', () => {
    expect(matches('lumora', 'LUMÓRA no funciona')).toBe(true);
    expect(matches('Lumóra', 'lumora no funciona')).toBe(true);
    expect(matches('"atención al cliente"', 'ATENCION AL CLIENTE pésima')).toBe(true);
    expect(matches('año', 'el ano pasado')).toBe(false);
    expect(matches('año', 'el AÑO pasado')).toBe(true);
  });

  it('gives offsets into the original, unfolded text', () => {
    const text = 'Ñandú dice: ¡LUMÓRA me falló! #LumóraFail';
    const hit = compileBrandQuery('lumora OR #lumorafail')({ text });
    expect(hit?.spans.map((s) => text.slice(s.start, s.end))).toEqual(['LUMÓRA', '#LumóraFail']);
    const decomposed = 'Lumo\u0301ra'; // the accent as a separate combining character
    expect(compileBrandQuery('lumora')({ text: decomposed })?.spans).toEqual([{ field: 'text', start: 0, end: 7, term: 'lumora' }]);
  });

  it('searches the title and the text, never a phrase across them', () => {
    const target = { title: 'Lumora router', text: 'dead again' };
    expect(compileBrandQuery('router')(target)?.spans).toEqual([{ field: 'title', start: 7, end: 13, term: 'router' }]);
    expect(matches('"router dead"', target)).toBe(false);
    expect(matches('router dead', target)).toBe(true);
  });

  it('supports a trailing * on words and phrase words', () => {
    expect(matches('lumor*', 'Lumora\'s router')).toBe(true);
    expect(matches('"lumora rout*"', 'lumora routers are slow')).toBe(true);
    expect(matches('"lumora rout*"', 'lumora is slow')).toBe(false);
    expect(matches('rout*', 'a route')).toBe(true);
  });

  it('matches NEAR/n when at most n words separate the two sides, in either order', () => {
    const near = compileBrandQuery('lumora NEAR/2 router');
    expect(near({ text: 'lumora wifi router' })).not.toBeNull();
    expect(near({ text: 'router of my lumora' })).not.toBeNull();
    expect(near({ text: 'lumora and the new router' })).toBeNull();
    expect(near({ title: 'lumora', text: 'router' })).toBeNull();
    const both = compileBrandQuery('("lumora one" OR lumora) NEAR/0 (wifi OR router)');
    expect(both({ text: 'my Lumora One wifi died' })?.terms).toEqual(['"lumora one"', 'wifi']);
    expect(matches('acme NEAR/3 acme', 'acme only once')).toBe(false);
    expect(matches('acme NEAR/3 acme', 'acme, acme!')).toBe(true);
  });

  it('tells hashtags from words: #tag needs the "#", a word also matches the hashtag', () => {
    expect(matches('#lumora', 'I love lumora')).toBe(false);
    expect(matches('#lumora', 'I love #Lumóra')).toBe(true);
    expect(matches('lumora', 'I love #Lumora')).toBe(true);
  });

  it('matches @handle against the author, including a Mastodon user on any instance', () => {
    const target = { text: 'hola', authorHandle: '@Marta_RZ@mastodon.social' };
    expect(matches('@marta_rz', target)).toBe(true);
    expect(matches('@marta_rz@mastodon.social', target)).toBe(true);
    expect(matches('@marta_rz@other.example', target)).toBe(false);
    expect(matches('@marta', target)).toBe(false);
    expect(matches('@marta_rz', { text: 'hi @marta_rz' })).toBe(false);
    expect(compileBrandQuery('@marta_rz')(target)).toEqual({ terms: ['@marta_rz'], spans: [] });
  });

  it('filters on lang and platform without reporting them as terms', () => {
    const target = { text: 'lumora falla', lang: 'es-MX', platform: 'reddit' };
    expect(compileBrandQuery('lumora lang:es platform:reddit')(target)?.terms).toEqual(['lumora']);
    expect(matches('lumora lang:en', target)).toBe(false);
    expect(matches('lumora -platform:reddit', target)).toBe(false);
    expect(matches('lumora lang:es', { text: 'lumora falla' })).toBe(false);
  });

  it('reports each occurrence of every matched term and none from NOT branches', () => {
    const hit = compileBrandQuery('lumora OR router -(spam OR sorteo)')({ text: 'Lumora, lumora: router' });
    expect(hit?.spans.map((s) => [s.start, s.term])).toEqual([[0, 'lumora'], [8, 'lumora'], [16, 'router']]);
    expect(compileBrandQuery('lumora -spam')({ text: 'lumora' })?.terms).toEqual(['lumora']);
  });

  it('gives the same answer for a parsed query, a compiled one and a prepared target', () => {
    const query = parseBrandQuery('(acme OR lumora) NEAR/4 (router OR "atención al cliente") -jobs');
    const target = { text: 'La atención al cliente de Lumora es un desastre', title: 'Queja' };
    const expected = matchBrandQuery(query, target);
    expect(expected?.terms).toEqual(['lumora', '"atención al cliente"']);
    expect(compileBrandQuery(printBrandQuery(query))(prepareMatchTarget(target))).toEqual(expected);
  });

  it('notices when a reused target object was changed', () => {
    const acme = compileBrandQuery('acme');
    const target = { text: 'acme' };
    expect(acme(target)).not.toBeNull();
    target.text = 'lumora';
    expect(acme(target)).toBeNull();
  });
});

