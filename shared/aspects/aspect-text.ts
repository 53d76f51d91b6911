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
const CONTRAST_PAIRS = new Set(['even though', 'even if', 'sin embargo', 'no obstante', 'en cambio', 'aun asi', 'a pesar', 'pese a', 'eso si', 'si bien']);
const SOFT = new Set(['and', 'plus', 'y', 'e']);

/** Cuts `text` into words, sentences and clauses; never throws. */
export function readAspectText(input: string): AspectText {
  const text = input.length > MAX_ASPECT_CHARS ? input.slice(0, MAX_ASPECT_CHARS) : input;
  const words: AspectWord[] = [];
  const softAfter = new Set<number>();
  const raw: { key?: string; start: number; end: number; kind: 'word' | 'end' | 'soft' }[] = [];
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m; m = TOKENS.exec(text)) {
    if (m[1] !== undefined) raw.push({ key: foldWord(m[1]), start: m.index, end: m.index + m[1].length, kind: 'word' });
    else raw.push({ key: undefined, start: m.index, end: m.index + m[0].length, kind: m[2] !== undefined ? 'end' : m[0] === ':' ? 'end' : 'soft' });
  }
  let sentence = 0;
  let clause = 0;
  let sentenceHasWords = false;
  let clauseHasWords = false;
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    // Each clause break is written out (no closure): a closure per text costs an allocation, and where
    // names are kept a defineProperty giving it a map of its own.
    if (token.kind !== 'word') {
      if (clauseHasWords) (clause++, (clauseHasWords = false));
      if (token.kind === 'end' && text.slice(token.start, token.end) !== ':' && sentenceHasWords) (sentence++, (sentenceHasWords = false));
      if (token.kind === 'soft' && words.length) softAfter.add(words.length - 1);
      if (token.kind === 'end' && text.slice(token.start, token.end) === ':') continue;
      continue;
    }
    const key = token.key!;
    const next = raw[i + 1]?.kind === 'word' ? raw[i + 1]!.key : undefined;
    if (next !== undefined && CONTRAST_PAIRS.has(`${key} ${next}`)) {
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
    words.push({ key, start: token.start, end: token.end, sentence, clause });
    sentenceHasWords = clauseHasWords = true;
  }
  return { text, words, sentences: spans(words, sentenceOf), clauses: spans(words, clauseOf).map((s) => ({ ...s, sentence: words[s.first]!.sentence })), softAfter };
}

const sentenceOf = (w: AspectWord) => w.sentence;
const clauseOf = (w: AspectWord) => w.clause;

/** Consecutive words with the same group, as spans (groups are numbered from 0 without gaps). */
function spans(words: readonly AspectWord[], groupOf: (w: AspectWord) => number): WordSpan[] {
  const out: WordSpan[] = [];
  words.forEach((w, i) => {
    const g = groupOf(w);
    const span = out[g];
    if (span) (span.last = i), (span.end = w.end);
    else out[g] = { first: i, last: i, start: w.start, end: w.end };
  });
  return out;
}
