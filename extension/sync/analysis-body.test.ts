import { expect, it } from 'vitest';
import { toAnalyzeBody } from './analysis.ts';

it('sends ratings as stars, which the collector reads without doubt (a 0–1 rating of 1 would be ambiguous)', () => {
  const { texts } = toAnalyzeBody([
    { text: 'Great service', rating: 1, platform: 'trustpilot' },
    { text: 'Awful', rating: 0 },
    { text: 'Fine', rating: 0.5, lang: 'es' },
    { text: 'No rating', rating: 7 },
  ]);
  expect(texts).toEqual([
    { text: 'Great service', stars: 5, platform: 'trustpilot' },
    { text: 'Awful', stars: 1 },
    { text: 'Fine', stars: 3, lang: 'es' },
    { text: 'No rating' },
  ]);
});
