import { describe, expect, it } from 'vitest';
import { conditionHolds, findPhrases, indexPhrases, toCueWords } from './cue.ts';

describe('phrase cues', () => {
  const index = indexPhrases([
    { tag: 'leave', phrases: ['me cambio a', 'never again', 'cancel*'] },
    { tag: 'ask', phrases: ['worth it?', 'me queda*'] },
  ]);

  it('finds folded phrases word by word, with "?" and open endings', () => {
    const found = findPhrases(index, toCueWords('¡NUNCA! Me cambio a otra. Cancelled it. Worth it? Me quedan bien'));
    expect(found).toEqual([
      { tag: 'leave', text: 'me cambio a', at: 1 },
      { tag: 'leave', text: 'cancel', at: 5 },
      { tag: 'ask', text: 'worth it ?', at: 7 },
      { tag: 'ask', text: 'me queda', at: 10 },
    ]);
  });

  it('matches whole words only', () => {
    expect(findPhrases(index, toCueWords('forever again and again'))).toEqual([]);
  });

  it('checks the sentiment condition of a group', () => {
    expect([conditionHolds(undefined, undefined), conditionHolds('negative', 'negative'), conditionHolds('negative', 'neutral')]).toEqual([true, true, false]);
    expect([conditionHolds('not-positive', undefined), conditionHolds('not-positive', 'positive')]).toEqual([true, false]);
  });
});
