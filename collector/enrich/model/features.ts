// The sentiment model's text features, read from the tokens analyzeText already has: words and word
// pairs (words after a negator marked as negated until the clause ends), character 2–5-grams of each word
// (so "pésimo", "pesimooo" and "pésima" share most of their evidence), emoji, emoticons, "!" and "?".
// Everything is hashed from char codes into a reusable buffer: no strings are built per text.
import { ENGLISH_CUES } from '../cues-en.ts';
import { SPANISH_CUES } from '../cues-es.ts';
import type { LanguageCues } from '../cues.ts';
import type { ScoredLanguage } from '../natural-vocabulary.ts';
import type { Token } from '../tokenize.ts';
import { finish, hashChars, hashPair, SEED, step } from './hashing.ts';

/** Features of one text. Word-block and character-block features are kept apart: each block is scaled
 * by one over the square root of its own count, so a long review and a tweet weigh alike. */
export interface FeatureBuffer {
  wordKeys: Int32Array;
  /** Where each word feature came from: token index × 2, plus 1 for the pair ending at that token. */
  wordOrigins: Int32Array;
  wordCount: number;
  charKeys: Int32Array;
  /** Token index of each character n-gram's word. */
  charOrigins: Int32Array;
  charCount: number;
  /** Per token: index of the negator whose scope it is in, or −1 (for `why`). */
  negatedBy: Int32Array;
}

/** How many words a negation reaches at most, if no punctuation or contrast ends it first. */
const NEGATION_SCOPE = 6;
/** Words longer than this (glued hashtags, junk) give n-grams of their first letters only. */
const MAX_WORD_CHARS = 24;
const MIN_GRAM = 2;
const MAX_GRAM = 5;
const SPACE = 32;

// Units with no letters of their own: one fixed hash each.
const QUESTION = hashChars('?', SEED.symbol);
const BANG = hashChars('!', SEED.symbol);
const URL = hashChars('<url>', SEED.symbol);
const USER = hashChars('<user>', SEED.symbol);
const NUMBER = hashChars('<number>', SEED.symbol);

/** A buffer sized for typical texts; it grows when a text needs more. */
export function createFeatureBuffer(capacity = 1024): FeatureBuffer {
  return {
    wordKeys: new Int32Array(capacity),
    wordOrigins: new Int32Array(capacity),
    wordCount: 0,
    charKeys: new Int32Array(capacity * 4),
    charOrigins: new Int32Array(capacity * 4),
    charCount: 0,
    negatedBy: new Int32Array(capacity),
  };
}

interface NegationSets {
  negators: ReadonlySet<string>;
  concord: ReadonlySet<string>;
  suffixes: readonly string[];
  closers: ReadonlySet<string>;
}
const negationSets: Partial<Record<ScoredLanguage, NegationSets>> = {};

function setsFor(lang: ScoredLanguage): NegationSets {
  const cues: LanguageCues = lang === 'en' ? ENGLISH_CUES : SPANISH_CUES;
  return (negationSets[lang] ??= {
    negators: new Set(cues.negators),
    concord: new Set(cues.concordNegators),
    suffixes: cues.negatorSuffixes,
    // A contrast ends the negation: "not cheap but worth it".
    closers: new Set(cues.adversatives.filter((word) => !word.includes(' '))),
  });
}

/** Extract the features of `tokens` (a text in `lang`) into `out`, replacing what it held. */
export function extractFeatures(tokens: readonly Token[], lang: ScoredLanguage, out: FeatureBuffer): void {
  const sets = setsFor(lang);
  ensureCapacity(out, tokens);
  out.wordCount = 0;
  out.charCount = 0;
  let previous = 0;
  let scope = 0;
  let negator = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const key = token.key;
    out.negatedBy[i] = -1;
    let unit: number;
    let ends = false;
    switch (token.kind) {
      case 'stop':
        if (key.indexOf('?') < 0) {
          previous = 0;
          scope = 0;
          continue;
        }
        unit = QUESTION;
        ends = true;
        break;
      case 'bang':
        unit = BANG;
        ends = true;
        break;
      case 'url':
        unit = URL;
        break;
      case 'handle':
        if (key.charCodeAt(0) === 35 /* # */) {
          unit = hashChars(key, SEED.hashtag, 1);
          addCharGrams(out, key, 1, i);
        } else unit = USER;
        break;
      case 'number':
        unit = key.length <= 5 ? hashChars(key, SEED.symbol) : NUMBER;
        break;
      case 'emoji':
      case 'emoticon':
        unit = hashChars(key, SEED.symbol);
        break;
      default:
        unit = hashChars(key, SEED.word);
        addCharGrams(out, key, 0, i);
    }
    const isWord = token.kind === 'word';
    if (isWord && scope > 0) {
      addWord(out, finish(hashChars(key, SEED.negated)), i * 2);
      out.negatedBy[i] = negator;
      scope--;
    } else addWord(out, finish(unit), i * 2);
    if (previous !== 0) addWord(out, finish(hashPair(previous, unit)), i * 2 + 1);
    previous = ends ? 0 : unit;
    if (ends) scope = 0;
    else if (isWord) {
      if (isNegator(key, scope, sets)) {
        scope = NEGATION_SCOPE;
        negator = i;
      } else if (sets.closers.has(key)) scope = 0;
    }
  }
}

function isNegator(key: string, scope: number, sets: NegationSets): boolean {
  if (sets.negators.has(key)) return true;
  for (const suffix of sets.suffixes) if (key.endsWith(suffix)) return true;
  return scope === 0 && sets.concord.has(key);
}

// Character n-grams of the word padded with a space each side ("_no_", "_pés", "imo_"), 2 to 5 long.
function addCharGrams(out: FeatureBuffer, key: string, from: number, origin: number): void {
  const last = Math.min(key.length, from + MAX_WORD_CHARS);
  for (let start = from - 1; start < last; start++) {
    let h: number = SEED.char;
    const stop = Math.min(start + MAX_GRAM - 1, last);
    for (let at = start; at <= stop; at++) {
      h = step(h, at < from || at >= last ? SPACE : key.charCodeAt(at));
      if (at - start + 1 >= MIN_GRAM) {
        if (out.charCount === out.charKeys.length) growChars(out);
        out.charKeys[out.charCount] = finish(h);
        out.charOrigins[out.charCount++] = origin;
      }
    }
  }
}

function addWord(out: FeatureBuffer, key: number, origin: number): void {
  out.wordKeys[out.wordCount] = key;
  out.wordOrigins[out.wordCount++] = origin;
}

// Each token gives at most two word features; character n-grams grow on demand.
function ensureCapacity(out: FeatureBuffer, tokens: readonly Token[]): void {
  if (out.wordKeys.length >= tokens.length * 2 && out.negatedBy.length >= tokens.length) return;
  const size = Math.max(tokens.length * 2, out.wordKeys.length * 2);
  out.wordKeys = new Int32Array(size);
  out.wordOrigins = new Int32Array(size);
  out.negatedBy = new Int32Array(size);
}

function growChars(out: FeatureBuffer): void {
  const keys = new Int32Array(out.charKeys.length * 2);
  const origins = new Int32Array(out.charKeys.length * 2);
  keys.set(out.charKeys);
  origins.set(out.charOrigins);
  out.charKeys = keys;
  out.charOrigins = origins;
}
