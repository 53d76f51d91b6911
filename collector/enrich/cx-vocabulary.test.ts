// The customer-experience vocabularies: every entry can match (a folded key made of the words the tokenizer
// yields), carries a valence on AFINN's scale and adds to the cues and AFINN rather than repeating them; and
// the lexicon, which merges them after the cues, reads the example mentions right.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/text-fold.ts';
import type { Sentiment } from '../../shared/mention.ts';
import type { LanguageCues } from './cues.ts';
import { ENGLISH_CUES } from './cues-en.ts';
import { SPANISH_CUES } from './cues-es.ts';
import { ENGLISH_CX_VOCABULARY } from './cx-vocabulary-en.ts';
import { SPANISH_CX_VOCABULARY } from './cx-vocabulary-es.ts';
import { loadAfinn, type ScoredLanguage } from './natural-vocabulary.ts';
import { readSentiment } from './sentiment.ts';
import { CX_EXAMPLES } from './testdata/cx-examples.ts';
import { tokenize } from './tokenize.ts';

// Until lexicon.ts reads these vocabularies, the reading tests below merge them into the cues' vocabulary
// here, which is where the lexicon takes hand-written entries from.
const CUES: Record<ScoredLanguage, LanguageCues> = { es: SPANISH_CUES, en: ENGLISH_CUES };

const VOCABULARIES = [
  ['es', SPANISH_CX_VOCABULARY],
  ['en', ENGLISH_CX_VOCABULARY],
] as const;

const labelOf = (s: Sentiment): string => ('label' in s ? s.label : 'unscored');

describe.each(VOCABULARIES)('the %s customer-experience vocabulary', (lang, vocabulary) => {
  const entries = Object.entries(vocabulary);

  it('has a few hundred entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(250);
    expect(entries.length).toBeLessThanOrEqual(400);
  });

  it('keys are folded, trimmed and single-spaced', () => {
    const bad = entries.map(([key]) => key).filter((key) => key !== foldText(key) || !/^\S+(?: \S+)*$/.test(key));
    expect(bad).toEqual([]);
  });

  it('values are non-zero integers on AFINN scale', () => {
    const bad = entries.filter(([, v]) => !Number.isInteger(v) || v === 0 || v < -5 || v > 5);
    expect(bad).toEqual([]);
  });

  it('every key tokenizes into exactly its own words, so it can match', () => {
    const bad = entries
      .map(([key]) => key)
      .filter((key) => {
        const tokens = tokenize(key);
        const words = tokens.every((t) => t.kind === 'word' || t.kind === 'number');
        return !words || tokens.map((t) => t.key).join(' ') !== key;
      });
    expect(bad).toEqual([]);
  });

  it('repeats no entry of the cues and no word the cues ignore', () => {
    const cues = CUES[lang];
    const written = new Set(Object.keys(cues.vocabulary).map((key) => foldText(key)));
    const ignored = new Set(cues.ignored);
    expect(entries.map(([key]) => key).filter((key) => written.has(key) || ignored.has(key))).toEqual([]);
  });

  it('single words are ones AFINN lacks or weighs quite differently', () => {
    const afinn = loadAfinn(lang);
    const repeated = entries.filter(([key, v]) => {
      const known = key.includes(' ') ? undefined : afinn[key];
      return known !== undefined && Math.abs(known - v) < 1;
    });
    expect(repeated).toEqual([]);
  });
});

describe('customer-experience mentions', () => {
  it('has about forty examples per language', () => {
    for (const lang of ['es', 'en'] as const) {
      expect(CX_EXAMPLES.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(40);
    }
  });

  it.each(CX_EXAMPLES.map((e) => [e.lang, e.text, e.label] as const))('%s "%s" → %s', (lang, text, label) => {
    expect(labelOf(readSentiment(text, lang).sentiment)).toBe(label);
  });
});
