// Lexicon sentiment for short social text and reviews: natural's vocabularies read with negation scope,
// shifters, contrast, emphasis, emoji and review phrases. Pure and synchronous after the first call.
import type { Sentiment } from '../../shared/mention.ts';
import { isLaughter, LAUGHTER_VALENCE, writtenScoreValence } from './cues.ts';
import { emojiValence, emoticonValence } from './emoji.ts';
import { lexiconFor, type LexiconOptions } from './lexicon.ts';
import type { ScoredLanguage } from './natural-vocabulary.ts';
import { readClauses, type Evidence, type SymbolValences } from './clause-reader.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Tunables of the scorer, with the values it ships with. */
export interface SentimentOptions extends LexiconOptions {
  /** |score| below this is neutral. @default 0.2 */
  neutralBelow?: number;
  /** Weight of negative evidence: lexicons hold more positive words and people use them loosely, so
   * negative words count more (SO-CAL, Taboada et al. 2011, weighs them 1.5). @default 1.5 */
  negativeWeight?: number;
  /** Praise and complaint this close to even (smaller over larger) make the label neutral: a mixed review.
   * @default 0.7 */
  mixedAbove?: number;
  /** How the evidence becomes a score: VADER's squashed sum, or the balance of praise against complaint
   * (P − N) / (P + N + k), which keeps a long mixed review near the middle. @default 'sum' */
  squash?: 'sum' | 'balance';
  /** Text read from the start; the rest is ignored. @default 20000 */
  maxChars?: number;
}

/** A scored sentiment plus what it rests on. */
export interface SentimentReading {
  sentiment: Sentiment;
  /** Raw sum of valences (AFINN scale) before squashing into −1…1. */
  sum: number;
  /** The cues that fired, for `why`. */
  cues: string[];
  /** The text's folded words (and "?"), as the moment rules read them, so they need not fold it again. */
  words?: string[];
  /** The weighed evidence behind the score (negative evidence already weighted): the model's cue features. */
  evidence?: Evidence;
}

/** Squashing constant (VADER's): sum 3 → 0.61, sum 8 → 0.9. */
const ALPHA = 15;
const EXCLAMATION_BOOST = 0.3;
const BALANCE_K = 3;
const MIXED_ABOVE = 0.7;

/** Score `text` in `lang`; `{unscored}` when nothing in it carries sentiment. */
export function readSentiment(text: string, lang: ScoredLanguage, options: SentimentOptions = {}): SentimentReading {
  return readTokens(tokenize(text, options.maxChars), lang, options);
}

/** Valences of emoji, emoticons, written scores and laughter: one object for every call. */
const SYMBOLS: SymbolValences = {
  emoji: (key) => emojiValence(key),
  emoticon: (key) => emoticonValence(key),
  number: (key) => writtenScoreValence(key),
  laughter: (key) => (isLaughter(key) ? LAUGHTER_VALENCE : undefined),
};

/** Score an already tokenized text (analyzeText tokenizes once for language, sentiment and moments). */
export function readTokens(tokens: Token[], lang: ScoredLanguage, options: SentimentOptions = {}): SentimentReading {
  const evidence: Evidence = readClauses(tokens, lexiconFor(lang, options), SYMBOLS);
  const words = cueWords(tokens);
  if (evidence.hits === 0) return { sentiment: { unscored: 'no sentiment signal' }, sum: 0, cues: [], words, evidence };
  const { sentiment, sum } = weigh(evidence, options);
  return { sentiment, sum, cues: evidence.cues, words, evidence };
}

/** The sentiment of a piece of a text (an aspect's clause) alone: what readSentiment says of it, without the
 * words and cues a whole text's reading carries. */
export function readPiece(text: string, lang: ScoredLanguage): Sentiment {
  const evidence = readClauses(tokenize(text), lexiconFor(lang, {}), SYMBOLS);
  return evidence.hits === 0 ? { unscored: 'no sentiment signal' } : weigh(evidence, {}).sentiment;
}

/** The evidence as a score (negative evidence weighted in place, as the model's cue features read it). */
function weigh(evidence: Evidence, options: SentimentOptions): { sentiment: Sentiment; sum: number } {
  const negativeWeight = options.negativeWeight ?? 1.5;
  evidence.negative *= negativeWeight;
  let sum = evidence.positive - evidence.negative;
  if (sum !== 0 && evidence.exclamations > 0) {
    sum += Math.sign(sum) * EXCLAMATION_BOOST * Math.min(evidence.exclamations, 4);
  }
  if (options.squash === 'balance') {
    const bang = evidence.exclamations > 0 ? 1 + 0.1 * Math.min(evidence.exclamations, 4) : 1;
    const balance = ((evidence.positive - evidence.negative) * bang) / (evidence.positive + evidence.negative + BALANCE_K);
    const equivalent = (balance * Math.sqrt(ALPHA)) / Math.sqrt(Math.max(1 - balance * balance, 1e-6));
    return { sentiment: toSentiment(equivalent, evidence, options), sum };
  }
  return { sentiment: toSentiment(sum, evidence, options), sum };
}

/** Moment rules read the first words only; cues sit at the start of a post. */
const MOMENT_WORDS = 800;

/** The folded words (and "?") of the first tokens, as the moment rules read them. */
export function cueWords(tokens: Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    if (words.length >= MOMENT_WORDS) break;
    if (token.kind === 'word' || token.kind === 'number') words.push(token.key);
    else if (token.kind === 'stop' && token.key.includes('?')) words.push('?');
  }
  return words;
}

/** Score only the emoji and emoticons of a text whose words cannot be read (no words, unknown language). */
export function readSymbols(tokens: Token[]): SentimentReading | undefined {
  let sum = 0;
  let hits = 0;
  let positive = 0;
  let negative = 0;
  for (const token of tokens) {
    const v = token.kind === 'emoji' ? emojiValence(token.key) : token.kind === 'emoticon' ? emoticonValence(token.key) : undefined;
    if (v === undefined) continue;
    sum += v;
    hits++;
    if (v > 0) positive += v;
    else negative -= v;
  }
  if (hits === 0) return undefined;
  return { sentiment: toSentiment(sum, { hits, positive, negative }), sum, cues: [`emoji only: ${sum > 0 ? '+' : ''}${sum}`] };
}

/** Turn a valence sum into score, label and confidence. */
export function toSentiment(
  sum: number,
  evidence: Pick<Evidence, 'hits' | 'positive' | 'negative'>,
  options: Pick<SentimentOptions, 'neutralBelow' | 'mixedAbove'> = {},
): Sentiment {
  const neutralBelow = options.neutralBelow ?? 0.2;
  const score = clamp(sum / Math.sqrt(sum * sum + ALPHA), -1, 1);
  // Mixed evidence (as much praise as complaint) lowers confidence; more cues raise it.
  const mixed = Math.min(evidence.positive, evidence.negative) / Math.max(evidence.positive, evidence.negative, 1e-9);
  const polar = Math.abs(score) >= neutralBelow && mixed < (options.mixedAbove ?? MIXED_ABOVE);
  const label = !polar ? 'neutral' : score > 0 ? 'positive' : 'negative';
  const strength = label === 'neutral' ? Math.max(0, 1 - Math.abs(score) / neutralBelow) : Math.abs(score);
  const confidence = clamp(0.35 + 0.35 * strength + 0.06 * Math.min(evidence.hits, 5) - 0.25 * mixed, 0.05, 0.99);
  return { score: round(score), label, confidence: round(confidence) };
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round = (x: number): number => Math.round(x * 1000) / 1000;
