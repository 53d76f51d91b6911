import { expect, it } from 'vitest';
import { normalizeItems } from './normalize.ts';
import { identifyItems } from './identify.ts';
import { detectItemLanguages } from './detect-language.ts';
import { createBrandMatcher, matchBrands, matchWithLanguages } from './match-brands.ts';

const items = detectItemLanguages(
  identifyItems(
    normalizeItems(
      [
        { guid: '1', content: 'El técnico de LUMÓRA no vino otra vez, qué desastre de servicio' },
        { guid: '2', content: 'The Lumora router keeps dropping the connection every evening' },
        { guid: '3', content: 'Lumora is hiring: jobs in Madrid' },
        { guid: '4', content: 'Nothing to do with any brand at all' },
      ],
      { id: 'test' },
    ),
  ),
);

it('keeps matching items with the brand and terms, case- and accent-insensitively, honouring exclusions', () => {
  const matched = matchBrands(items, createBrandMatcher([{ name: 'Lumora', query: 'lumora -jobs -hiring' }]));
  expect(matched.map((m) => m.guid)).toEqual(['1', '2']);
  expect(matched[0]!.matches).toEqual([{ brand: 'Lumora', terms: ['lumora'] }]);
});

it('filters on the detected language', () => {
  const spanish = matchBrands(items, createBrandMatcher([{ name: 'Lumora ES', query: 'lumora lang:es' }]));
  expect(spanish.map((m) => m.guid)).toEqual(['1']);
  expect(spanish[0]!.lang).toBe('es');
});

it("assigns every item of a brand's own review source to the brand, unless its query excludes it", () => {
  const reviews = detectItemLanguages(
    identifyItems(
      normalizeItems(
        [
          { guid: 'r1', content: 'Flight was three hours late and nobody told us anything', platform: 'trustpilot' },
          { guid: 'r2', content: 'Great crew, landed early', platform: 'trustpilot' },
          { guid: 'r3', content: 'Weekend jobs at the airport shop, apply now', platform: 'trustpilot' },
        ],
        { id: 'kestrel-reviews' },
      ),
    ),
  );
  const brands = [{ name: 'Kestrel Air', query: '(kestrel OR #kestrelair) -jobs' }, { name: 'SkyVale', query: 'skyvale' }];
  const scoped = matchBrands([...reviews, ...items], createBrandMatcher(brands, [{ id: 'kestrel-reviews', brand: 'Kestrel Air' }, { id: 'test' }]));
  expect(scoped.map((m) => [m.guid, m.matches])).toEqual([
    ['r1', [{ brand: 'Kestrel Air', terms: [] }]],
    ['r2', [{ brand: 'Kestrel Air', terms: [] }]],
  ]);
  // Without the scope those reviews name no brand and are dropped, as before.
  expect(matchBrands(reviews, createBrandMatcher(brands))).toEqual([]);
});

it('detects the language of matched items alone when no query filters on it, with the same result', () => {
  const identified = identifyItems(normalizeItems([{ guid: '1', content: 'El técnico de LUMÓRA no vino otra vez' }, { guid: '2', content: 'Nothing to do with any brand at all' }, { guid: '3', content: 'The Lumora router keeps dropping' }], { id: 'test' }));
  const plain = createBrandMatcher([{ name: 'Lumora', query: 'lumora' }]);
  expect(plain.readsLanguage).toBe(false);
  expect(matchWithLanguages(identified, plain)).toEqual(matchBrands(detectItemLanguages(identified), plain));
  const spanish = createBrandMatcher([{ name: 'Lumora ES', query: 'lumora lang:es' }]);
  expect(spanish.readsLanguage).toBe(true);
  expect(matchWithLanguages(identified, spanish).map((m) => [m.guid, m.lang])).toEqual([['1', 'es']]);
  // A matcher that does not say (wrapped, or written by hand) is taken to read the language.
  expect(matchWithLanguages(identified, (item) => (item.lang === 'es' ? [{ brand: 'x', terms: [] }] : []))).toHaveLength(1);
});
