// One merged, folded vocabulary per scored language (hand-written cues and customer-experience phrases >
// AFINN > pattern > senticon), with a stem index for inflected forms and a memo so each distinct word is
// looked up once per process.
import { foldText } from '../../shared/text-fold.ts';
import { pairsOf, toCueSets, type CueSets, type LexiconPhrase } from './cue-sets.ts';
import type { LanguageCues } from './cues.ts';
import { ENGLISH_CUES } from './cues-en.ts';
import { SPANISH_CUES } from './cues-es.ts';
import { ENGLISH_CX_VOCABULARY } from './cx-vocabulary-en.ts';
import { SPANISH_CX_VOCABULARY } from './cx-vocabulary-es.ts';
import { loadAfinn, loadNounOnlyWords, loadPattern, loadSenticon, loadStemmer, type ScoredLanguage, type SenticonFilter } from './natural-vocabulary.ts';
import { buildStemIndex, type StemIndex } from './stem-index.ts';

/** senticon's −1…1 polarity times this lands on AFINN's scale (bueno: AFINN 3, senticon 0.5 × 4 = 2). */
const SENTICON_SCALE = 4;
/** pattern's −1…1 polarity times this lands on AFINN's scale (superb 1 → 4). */
const PATTERN_SCALE = 4;
/** Bounds the word memo so a flood of junk tokens cannot grow memory without limit. */
const MEMO_LIMIT = 200_000;



/** A language's vocabulary, ready to look words up in. */
export interface Lexicon {
  lang: ScoredLanguage;
  cues: LanguageCues;
  sets: CueSets;
  /** Multi-word entries: first word → the entries starting with it (as word arrays), longest first. */
  phrases: Map<string, LexiconPhrase[]>;
  /** The same entries by first and second word, in the same order: "no" opens 177 Spanish phrases, and
   * the second word leaves a handful to compare (phraseAt). */
  phrasePairs: Map<string, Map<string, LexiconPhrase[]>>;
  /** Valence of one folded word (exact, elongation undone, superlative undone, or by stem). */
  valenceOf(word: string): number | undefined;
  /** Whether the folded word is an entry of the vocabulary itself (not reached by stem or spelling). */
  hasEntry(word: string): boolean;
}

/** Options that switch parts of the lexicon off, for measuring what each part adds. */
export interface LexiconOptions {
  /** Look inflected forms up by their Porter stem. @default true */
  stems?: boolean;
  /** senticon entries kept (weak and noun senses are mostly noise: English "bad" is +0.25 as a noun). */
  senticon?: SenticonFilter | false;
  /** Weight of words that are only ever nouns ("violence", "grief"): they name a topic more often than they
   * judge it, while adjectives and verbs carry the author's opinion. @default 1 */
  nounWeight?: number;
  /** Use senticon for English too (its English senses are noisy: "model" +0.9, "bad" +0.25). @default false */
  englishSenticon?: boolean;
  /** Add natural's English pattern adjectives at least this polar and subjective. @default {polarity: 0.6, subjectivity: 0.5} */
  pattern?: { polarity: number; subjectivity: number } | false;
}

const DEFAULTS: Required<LexiconOptions> = {
  stems: true,
  senticon: { a: 0.5, r: 0.5, v: 0.5 },
  englishSenticon: false,
  nounWeight: 1,
  pattern: { polarity: 0.6, subjectivity: 0.5 },
};

const cache = new Map<string, Lexicon>();
const defaults: Partial<Record<ScoredLanguage, Lexicon>> = {};

/** The lexicon for `lang`, built on first use. */
export function lexiconFor(lang: ScoredLanguage, options: LexiconOptions = {}): Lexicon {
  const custom = options.stems ?? options.senticon ?? options.pattern ?? options.englishSenticon ?? options.nounWeight;
  if (custom === undefined) return (lang === 'en' ? (defaults.en ??= lexiconFor(lang, DEFAULTS)) : (defaults.es ??= lexiconFor(lang, DEFAULTS)));
  const settings = { ...DEFAULTS, ...options };
  const key = `${lang}:${JSON.stringify(settings)}`;
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = buildLexicon(lang, settings);
    cache.set(key, lexicon);
  }
  return lexicon;
}

function buildLexicon(lang: ScoredLanguage, settings: Required<LexiconOptions>): Lexicon {
  const cues = lang === 'en' ? ENGLISH_CUES : SPANISH_CUES;
  const words = new Map<string, number>();
  const phrases = new Map<string, LexiconPhrase[]>();
  const ignored = new Set(cues.ignored);
  const add = (entry: string, valence: number): void => {
    const key = foldText(entry).replace(/’/g, "'").trim();
    if (!key || ignored.has(key)) return;
    if (!/\s/.test(key)) return void words.set(key, valence);
    const parts = key.split(/\s+/);
    const list = phrases.get(parts[0]!) ?? [];
    const existing = list.findIndex((p) => p.words.join(' ') === key);
    if (existing >= 0) list.splice(existing, 1);
    list.push({ words: parts, valence, text: key });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(parts[0]!, list);
  };
  if (settings.senticon && (lang === 'es' || settings.englishSenticon)) addAll(loadSenticon(lang, SENTICON_SCALE, settings.senticon), add);
  if (settings.pattern && lang === 'en') addAll(loadPattern(PATTERN_SCALE, settings.pattern.polarity, settings.pattern.subjectivity), add);
  addAll(loadAfinn(lang), add);
  // Stems come from natural's vocabularies only: a slang entry ("pasada") must not lend its valence to
  // every word sharing its stem ("pasa", "paso").
  const stems = settings.stems ? buildStemIndex(words, loadStemmer(lang), lang) : undefined;
  if (settings.nounWeight !== 1) {
    const nouns = loadNounOnlyWords(lang);
    for (const [word, valence] of words) if (nouns.has(word)) words.set(word, valence * settings.nounWeight);
  }
  addAll(cues.vocabulary, add);
  const experience = lang === 'en' ? ENGLISH_CX_VOCABULARY : SPANISH_CX_VOCABULARY;
  addAll(experience, add);
  if (lang === 'es') addSpanishInflections({ ...cues.vocabulary, ...experience }, words, add);
  // Misspellings drop or double letters ("dissapointing", "horible"): compare without double letters.
  const singles = new Map<string, number>();
  for (const [word, valence] of words) if (word.length >= 6) singles.set(undouble(word), valence);

  const memo = new Map<string, number | null>();
  const valenceOf = (word: string): number | undefined => {
    let found = memo.get(word);
    if (found === undefined) {
      found = ignored.has(word) ? null : (findValence(word, words, singles, stems, lang) ?? null);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, found);
    }
    return found ?? undefined;
  };
  return { lang, cues, sets: toCueSets(cues, phrases), phrases, phrasePairs: pairsOf(phrases), valenceOf, hasEntry: (word) => words.has(word) && !ignored.has(word) };
}


function addAll(valences: Readonly<Record<string, number>>, add: (entry: string, valence: number) => void): void {
  for (const [entry, valence] of Object.entries(valences)) add(entry, valence);
}

/** The hand-written Spanish words' plural and feminine forms ("impresionante" → "impresionantes",
 * "acogedor" → "acogedores"), where no entry of their own exists: the stem index leaves slang out on purpose. */
function addSpanishInflections(vocabulary: Readonly<Record<string, number>>, words: Map<string, number>, add: (entry: string, valence: number) => void): void {
  for (const [entry, valence] of Object.entries(vocabulary)) {
    const word = foldText(entry);
    if (!/^\p{L}{4,}$/u.test(word)) continue;
    const forms = word.endsWith('o') ? [`${word.slice(0, -1)}a`, `${word}s`, `${word.slice(0, -1)}as`]
      : /[ae]$/.test(word) ? [`${word}s`]
      : /[lrnd]$/.test(word) ? [`${word}es`]
      : word.endsWith('z') ? [`${word.slice(0, -1)}ces`]
      : [];
    for (const form of forms) if (!words.has(form) && !(form in vocabulary)) add(form, valence);
  }
}

const undouble = (word: string): string => word.replace(/(\p{L})\1+/gu, '$1');

function findValence(
  word: string,
  words: Map<string, number>,
  singles: Map<string, number>,
  stems: StemIndex | undefined,
  lang: ScoredLanguage,
): number | undefined {
  const exact = words.get(word);
  if (exact !== undefined) return exact;
  // "buenoo" (already shortened from "buenooo") → "bueno"; "goood" → "good".
  const single = undouble(word);
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
  return stems?.valenceOf(word) ?? (single !== word ? stems?.valenceOf(single) : undefined) ?? (word.length >= 6 ? singles.get(single) : undefined);
}
