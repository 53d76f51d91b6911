import { expect, it } from 'vitest';
import { normalizeItems } from './normalize.ts';
import { identifyItems } from './identify.ts';
import { detectItemLanguages } from './detect-language.ts';
import { createBrandMatcher, matchBrands } from './match-brands.ts';

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
