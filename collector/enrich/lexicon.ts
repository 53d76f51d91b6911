// One merged, folded vocabulary per scored language (hand-written cues > AFINN > senticon), with a
// stem index for inflected forms and a memo so each distinct word is stemmed once per process.
import { foldText } from '../../shared/text-fold.ts';
import type { LanguageCues } from './cues.ts';
import { ENGLISH_CUES } from './cues-en.ts';
import { SPANISH_CUES } from './cues-es.ts';
import { loadAfinn, loadSenticon, loadStemmer, type ScoredLanguage, type Stemmer } from './natural-vocabulary.ts';

/** senticon's −1…1 polarity times this lands on AFINN's scale (bueno: AFINN 3, senticon 0.5 × 4 = 2). */
const SENTICON_SCALE = 4;
/** Bounds the word memo so a flood of junk tokens cannot grow memory without limit. */
const MEMO_LIMIT = 200_000;

/** A language's vocabulary, ready to look words up in. */
export interface Lexicon {
  lang: ScoredLanguage;
  cues: LanguageCues;
  /** Multi-word entries: first word → the entries starting with it (as word arrays), longest first. */
  phrases: Map<string, { words: string[]; valence: number }[]>;
  /** Valence of one folded word (exact, elongation undone, superlative undone, or by stem). */
  valenceOf(word: string): number | undefined;
}

/** Options that switch parts of the lexicon off, for measuring what each part adds. */
export interface LexiconOptions {
  /** Look inflected forms up by their Porter stem. @default true */
  stems?: boolean;
}

const cache = new Map<string, Lexicon>();

/** The lexicon for `lang`, built on first use. */
export function lexiconFor(lang: ScoredLanguage, options: LexiconOptions = {}): Lexicon {
  const key = `${lang}:${options.stems !== false}`;
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = buildLexicon(lang, options.stems !== false);
    cache.set(key, lexicon);
  }
  return lexicon;
}

function buildLexicon(lang: ScoredLanguage, useStems: boolean): Lexicon {
  const cues = lang === 'en' ? ENGLISH_CUES : SPANISH_CUES;
  const words = new Map<string, number>();
  const phrases = new Map<string, { words: string[]; valence: number }[]>();
  const ignored = new Set(cues.ignored);
  const add = (entry: string, valence: number): void => {
    const key = foldText(entry).replace(/’/g, "'").trim();
    if (!key || ignored.has(key)) return;
    if (!/\s/.test(key)) return void words.set(key, valence);
    const parts = key.split(/\s+/);
    const first = parts[0] ?? '';
    const list = phrases.get(first) ?? [];
    const existing = list.findIndex((p) => p.words.join(' ') === parts.join(' '));
    if (existing >= 0) list.splice(existing, 1);
    list.push({ words: parts, valence });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(first, list);
  };
  for (const [entry, valence] of Object.entries(loadSenticon(lang, SENTICON_SCALE))) add(entry, valence);
  for (const [entry, valence] of Object.entries(loadAfinn(lang))) add(entry, valence);
  for (const [entry, valence] of Object.entries(cues.vocabulary)) add(entry, valence);

  const stemmer = loadStemmer(lang);
  const stems = useStems ? stemIndex(words, stemmer) : new Map<string, number>();
  const memo = new Map<string, number | null>();
  const valenceOf = (word: string): number | undefined => {
    let found = memo.get(word);
    if (found === undefined) {
      found = findValence(word, words, stems, useStems ? stemmer : undefined, lang) ?? null;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, found);
    }
    return found ?? undefined;
  };
  return { lang, cues, phrases, valenceOf };
}

/** stem → mean valence of the words sharing it (only words of 3+ letters, to keep stems meaningful). */
function stemIndex(words: Map<string, number>, stemmer: Stemmer): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const [word, valence] of words) {
    if (word.length < 4 || !/^[\p{L}']+$/u.test(word)) continue;
    const stem = stemmer.stem(word);
    const acc = sums.get(stem) ?? { sum: 0, n: 0 };
    acc.sum += valence;
    acc.n += 1;
    sums.set(stem, acc);
  }
  const stems = new Map<string, number>();
  for (const [stem, { sum, n }] of sums) stems.set(stem, sum / n);
  return stems;
}

function findValence(
  word: string,
  words: Map<string, number>,
  stems: Map<string, number>,
  stemmer: Stemmer | undefined,
  lang: ScoredLanguage,
): number | undefined {
  const exact = words.get(word);
  if (exact !== undefined) return exact;
  // "buenoo" (already shortened from "buenooo") → "bueno"; "goood" → "good".
  const single = word.replace(/(\p{L})\1+/gu, '$1');
  if (single !== word && words.has(single)) return words.get(single);
  if (lang === 'es') {
    // -ísimo superlatives: "buenísimo" → "bueno", "riquísima" → "rico", intensified.
    const base = /^(.{2,}?)(?:qu)?isim([oa]s?)$/.exec(word);
    if (base) {
      const root = (base[1] ?? '') + (word.includes('quisim') ? 'c' : '');
      for (const candidate of [`${root}o`, `${root}e`, root]) {
        const valence = words.get(candidate);
        if (valence !== undefined) return valence * 1.3;
      }
    }
  }
  if (!stemmer || word.length < 4) return undefined;
  return stems.get(stemmer.stem(word)) ?? stems.get(stemmer.stem(single));
}
