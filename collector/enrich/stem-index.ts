// Inflected forms by their Porter stem (natural's stemmers), restricted to inflections: Porter strips
// derivations too, and "product" must not borrow the valence of "productive".
import type { ScoredLanguage, Stemmer } from './natural-vocabulary.ts';

// Endings that inflect a word without changing what it means: the index only joins a word and a stem
// when the word's ending past the stem is one of these.
const INFLECTIONS: Record<ScoredLanguage, ReadonlySet<string>> = {
  en: new Set(['', 'e', 's', 'es', 'ed', 'd', 'ing', 'er', 'est', 'ly', 'y', 'ies', 'ied', 'ier', 'iest', 'ily']),
  es: new Set(['', 'o', 'a', 'os', 'as', 'e', 'es', 's', 'ar', 'er', 'ir', 'ado', 'ada', 'ados', 'adas', 'ido', 'ida',
    'idos', 'idas', 'ando', 'iendo', 'amos', 'imos', 'emos', 'an', 'en', 'aron', 'ieron', 'ia', 'ian', 'aba', 'aban',
    'ara', 'aran', 'ase', 'io', 'i', 'aste', 'iste', 'ais', 'eis', 'era', 'ira', 'ito', 'ita', 'itos', 'itas']),
};
/** Words shorter than this are looked up exactly only: short stems join unrelated words. */
const MIN_LENGTH = 5;

/** Look words up by stem. */
export interface StemIndex {
  valenceOf(word: string): number | undefined;
}

/** Index `words` (word → valence) by stem; only clearly polar words (|valence| ≥ 1) lend their stem. */
export function buildStemIndex(words: ReadonlyMap<string, number>, stemmer: Stemmer, lang: ScoredLanguage): StemIndex {
  const inflectionOf = (word: string): string | undefined => {
    const stem = stemmer.stem(word);
    return word.startsWith(stem) && INFLECTIONS[lang].has(word.slice(stem.length)) ? stem : undefined;
  };
  const sums = new Map<string, { sum: number; n: number }>();
  for (const [word, valence] of words) {
    if (word.length < MIN_LENGTH || Math.abs(valence) < 1 || !/^\p{L}+$/u.test(word)) continue;
    const stem = inflectionOf(word);
    if (stem === undefined) continue;
    const acc = sums.get(stem) ?? { sum: 0, n: 0 };
    acc.sum += valence;
    acc.n += 1;
    sums.set(stem, acc);
  }
  const stems = new Map<string, number>();
  for (const [stem, { sum, n }] of sums) stems.set(stem, sum / n);
  return {
    valenceOf(word) {
      if (word.length < MIN_LENGTH) return undefined;
      const stem = inflectionOf(word);
      return stem === undefined ? undefined : stems.get(stem);
    },
  };
}
