// A text cut the way aspects are read: folded words, sentences, and clauses. Sentences end at . ! ? ; … and
// line breaks; a contrast word ("but", "pero", "however", "aunque") ends a clause and belongs to neither
// side; "and", "y" and commas are soft breaks, used only to part two different aspects of one clause.
import { foldText } from '../text-fold.ts';

/** One word: its folded key and where it sits. */
export interface AspectWord {
  key: string;
  /** Character offsets in the text (end exclusive). */
  start: number;
  end: number;
  sentence: number;
  clause: number;
}

/** A run of words: a sentence or a clause, by word indices (inclusive) and character offsets. */
export interface WordSpan {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface AspectText {
  text: string;
  words: AspectWord[];
  sentences: WordSpan[];
  clauses: (WordSpan & { sentence: number })[];
  /** Word indices followed by a soft break (a comma, "and", "y", a dash). */
  softAfter: ReadonlySet<number>;
}

/**
 * Aspects are read in a text's first 3 000 characters (a long review's title and opening say what it is
 * about; reading each clause of 20 000 would hold the event loop for a few hundred milliseconds).
 */
export const MAX_ASPECT_CHARS = 3_000;

/** Folded like brand queries and terms: lowercase, accents dropped (ñ kept), curly apostrophes straight. */
export const foldWord = (word: string): string => (isAscii(word) ? word.toLowerCase() : foldText(word).replace(/’/g, "'"));

/** ASCII folds by lowercasing alone (no accents, no ñ, no curly apostrophe): most words skip normalize(). */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

const TOKENS = /([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)|([.!?;…\n]+)|([,:(){}[\]"“”«»]|\s[-–—]\s|&)/gu;
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'whereas', 'nevertheless', 'nonetheless', 'except', 'pero', 'aunque', 'sino', 'mientras', 'salvo', 'excepto']);
/** Two-word contrasts by first word ("even" → "though", "if"): a word is looked up, never a pair of them built. */
const CONTRAST_PAIRS = pairsByFirst(['even though', 'even if', 'sin embargo', 'no obstante', 'en cambio', 'aun asi', 'a pesar', 'pese a', 'eso si', 'si bien']);
const SOFT = new Set(['and', 'plus', 'y', 'e']);

/** What a token of TOKENS is, besides a word: a sentence end, a colon (ends a clause only), a soft break. */
const END = 1;
const COLON = 2;
const SOFT_BREAK = 3;

/** Cuts `text` into words, sentences and clauses; never throws. */
export function readAspectText(input: string): AspectText {
  const text = input.length > MAX_ASPECT_CHARS ? input.slice(0, MAX_ASPECT_CHARS) : input;
  // The tokens in parallel arrays of numbers and strings (kind 0 a word, with its folded key): no object per token.
  const kinds: number[] = [];
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m; m = TOKENS.exec(text)) {
    const word = m[1];
    starts.push(m.index);
    if (word !== undefined) (kinds.push(0), keys.push(foldWord(word)), ends.push(m.index + word.length));
    else (kinds.push(m[2] !== undefined ? END : m[0] === ':' ? COLON : SOFT_BREAK), keys.push(''), ends.push(m.index + m[0].length));
  }
  const words: AspectWord[] = [];
  const sentences: WordSpan[] = [];
  const clauses: (WordSpan & { sentence: number })[] = [];
  const softAfter = new Set<number>();
  let sentence = 0;
  let clause = 0;
  let sentenceHasWords = false;
  let clauseHasWords = false;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i]!;
    // Each clause break is written out (no closure): a closure per text costs an allocation, and where
    // names are kept a defineProperty giving it a map of its own.
    if (kind !== 0) {
      if (clauseHasWords) (clause++, (clauseHasWords = false));
      if (kind === END && sentenceHasWords) (sentence++, (sentenceHasWords = false));
      if (kind === SOFT_BREAK && words.length) softAfter.add(words.length - 1);
      continue;
    }
    const key = keys[i]!;
    const pairs = CONTRAST_PAIRS.get(key);
    if (pairs !== undefined && kinds[i + 1] === 0 && pairs.has(keys[i + 1]!)) {
      if (clauseHasWords) (clause++, (clauseHasWords = false));
      i++;
      continue;
    }
    if (CONTRAST.has(key)) {
      if (clauseHasWords) (clause++, (clauseHasWords = false));
      continue;
    }
    if (SOFT.has(key)) {
      if (words.length) softAfter.add(words.length - 1);
      // "and"/"y" stay in the clause (they are read by the scorer as they are), marked as a place to part.
    }
    const at = words.length;
    const start = starts[i]!;
    const end = ends[i]!;
    words.push({ key, start, end, sentence, clause });
    sentenceHasWords = clauseHasWords = true;
    // Sentences and clauses are numbered from 0 without gaps: a number not seen yet opens the next span.
    const inSentence = sentences[sentence];
    if (inSentence) (inSentence.last = at), (inSentence.end = end);
    else sentences.push({ first: at, last: at, start, end });
    const inClause = clauses[clause];
    if (inClause) (inClause.last = at), (inClause.end = end);
    else clauses.push({ first: at, last: at, start, end, sentence });
  }
  return { text, words, sentences, clauses, softAfter };
}

/** Two-word phrases as first word → second words. */
function pairsByFirst(phrases: readonly string[]): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const [first, second] = phrase.split(' ') as [string, string];
    const seconds = pairs.get(first) ?? new Set<string>();
    seconds.add(second);
    pairs.set(first, seconds);
  }
  return pairs;
}
