// Splits text into folded words with their offsets in the original string: the unit brand queries match on.
import { foldText } from '../text-fold.ts';

/** The words of one text field, in order; offsets point into the original (unfolded) string. */
export interface WordList {
  /** Folded words (lowercase, no accents, ñ kept). */
  words: string[];
  /** Start offset of each word in the original string. */
  starts: number[];
  /** End offset (exclusive) of each word in the original string. */
  ends: number[];
  /** Indexes of the words written as hashtags ("#word"). */
  hashtags: number[];
}

// Word characters: letters, digits, combining marks and "_" (so #acme_es and @acme_es stay whole).
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[A-Za-z0-9_]/.test(ch) ? 1 : 0;
}
const UNICODE_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const unicodeWordCache = new Map<number, boolean>();

function isUnicodeWordChar(codePoint: number): boolean {
  let known = unicodeWordCache.get(codePoint);
  if (known === undefined) {
    known = UNICODE_WORD.test(String.fromCodePoint(codePoint));
    // The cache only ever holds characters seen in real text; cap it so hostile input cannot grow it forever.
    if (unicodeWordCache.size < 50_000) unicodeWordCache.set(codePoint, known);
  }
  return known;
}

/** Whether the character at `i` belongs to a word; returns its length in UTF-16 units (0 when it does not). */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] ?? 0;
  const cp = text.codePointAt(i) ?? c;
  const size = cp > 0xffff ? 2 : 1;
  return isUnicodeWordChar(cp) ? size : 0;
}

/** Folds one word: the common all-ASCII case avoids Unicode normalisation. */
function foldWord(raw: string, ascii: boolean): string {
  return ascii ? raw.toLowerCase() : foldText(raw);
}

/** Splits `text` into folded words; "Lumóra's wi-fi" → lumora, s, wi, fi. */
export function toWordList(text: string): WordList {
  const list: WordList = { words: [], starts: [], ends: [], hashtags: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let size = wordCharLength(text, i);
    if (size === 0) {
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    while (size > 0) {
      if (text.charCodeAt(i) >= 128) ascii = false;
      i += size;
      size = i < n ? wordCharLength(text, i) : 0;
    }
    const word = foldWord(text.slice(start, i), ascii);
    if (word === '') continue; // only combining marks: nothing to match
    if (start > 0 && text.charCodeAt(start - 1) === 35 /* # */) list.hashtags.push(list.words.length);
    list.words.push(word);
    list.starts.push(start);
    list.ends.push(i);
  }
  return list;
}

/** Just the folded words of a query term, e.g. "Wi-Fi" → ["wi", "fi"]. */
export function toWords(text: string): string[] {
  return toWordList(text).words;
}

/** One word of a query term; `prefix` when written with a trailing `*` (`lumor*`). */
export interface TermPart {
  word: string;
  prefix: boolean;
}

/** Why a term's text cannot be matched, and where (an offset into that text). */
export interface TermProblem {
  reason: string;
  offset: number;
}

/** Minimum letters before a `*`, so `a*` cannot match half the language. */
export const MIN_WILDCARD_PREFIX = 2;

/** The words a term or phrase matches, in order: `"wi-fi rout*"` → wi, fi, rout*. */
export function toTermParts(text: string): TermPart[] | TermProblem {
  const parts: TermPart[] = [];
  const pieces = /\S+/g;
  for (let m = pieces.exec(text); m; m = pieces.exec(text)) {
    const piece = m[0];
    const star = piece.indexOf('*');
    if (star >= 0 && star !== piece.length - 1) {
      return { reason: 'a "*" wildcard may only end a word', offset: m.index + star };
    }
    const words = toWordList(star >= 0 ? piece.slice(0, -1) : piece);
    if (star >= 0) {
      const last = words.words.at(-1);
      const touching = words.ends.at(-1) === piece.length - 1;
      if (last === undefined || !touching || last.length < MIN_WILDCARD_PREFIX) {
        return { reason: `a "*" wildcard needs at least ${MIN_WILDCARD_PREFIX} letters before it`, offset: m.index + star };
      }
    }
    words.words.forEach((word, i) => parts.push({ word, prefix: star >= 0 && i === words.words.length - 1 }));
  }
  if (parts.length === 0) return { reason: `"${text}" has no letters or digits to match`, offset: 0 };
  return parts;
}
