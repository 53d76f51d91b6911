// Walks the tokens once, clause by clause: phrases first, then negation scope, shifters, contrast and
// emphasis decide how much each vocabulary hit counts. Questions and concessions count less.
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** What the walk found. */
export interface Evidence {
  /** Weighted valence sum (AFINN scale). */
  sum: number;
  /** Sums of the positive and of the negative contributions (both ≥ 0). */
  positive: number;
  negative: number;
  /** Tokens that carried sentiment. */
  hits: number;
  exclamations: number;
  /** Human-readable cues, at most a handful. */
  cues: string[];
}

/** Valences of the non-word tokens (language-independent). */
export interface SymbolValences {
  emoji(key: string): number | undefined;
  emoticon(key: string): number | undefined;
  number(key: string): number | undefined;
  laughter(key: string): number | undefined;
}

const NEGATION_SCOPE = 4;
const SHIFT_SCOPE = 2;
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.3;
const BEFORE_ADVERSATIVE = 0.5;
const AFTER_ADVERSATIVE = 1.5;
const CONCESSION = 0.5;
const QUESTION = 0.6;
const SHOUTED = 1.3;
const ELONGATED = 1.2;
const MAX_CUES = 6;
/** A negated failure verb ("doesn't charge", "no llegó"), AFINN scale. */
const FAILURE = -2;
const SENTENCE_END = /[.?!;…\n]/;

/** Read tokens into weighted evidence. */
export function readClauses(tokens: Token[], lexicon: Lexicon, symbols: SymbolValences): Evidence {
  const { cues: language } = lexicon;
  const contributions: number[] = [];
  const cues: string[] = [];
  let sentenceStart = 0;
  let previousStart = 0;
  let sentenceWeight = 1;
  let concession = false;
  let negation = 0;
  let negator = '';
  let advice = false;
  let wordsInSentence = 0;
  let shift = 1;
  let shiftLeft = 0;
  let exclamations = 0;
  const shouting = tokens.filter((t) => t.shouted).length > 0.6 * tokens.filter((t) => t.kind === 'word').length;
  const note = (cue: string): void => void (cues.length < MAX_CUES && cues.push(cue));
  const endClause = (): void => {
    negation = 0;
    concession = false;
    shiftLeft = 0;
  };
  const endSentence = (question: boolean): void => {
    if (question) for (let k = sentenceStart; k < contributions.length; k++) contributions[k]! *= QUESTION;
    previousStart = sentenceStart;
    sentenceStart = contributions.length;
    sentenceWeight = 1;
    wordsInSentence = 0;
    endClause();
  };
  const count = (valence: number, token: Token | undefined, label: string): void => {
    let v = valence;
    if (shiftLeft > 0) v *= shift;
    if (token?.shouted && !shouting) v *= SHOUTED;
    if (token?.elongated) v *= ELONGATED;
    if (negation > 0 && !(advice && v < 0)) {
      v *= v > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
      note(`negated by "${negator}": ${label}`);
    } else note(`${label} ${valence > 0 ? '+' : ''}${Math.round(valence * 10) / 10}`);
    if (concession) v *= CONCESSION;
    contributions.push(v * sentenceWeight);
    shiftLeft = 0;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'stop' || token.kind === 'bang') {
      if (token.kind === 'bang') exclamations += token.raw.length;
      if (token.kind === 'bang' || SENTENCE_END.test(token.key)) endSentence(token.key.includes('?'));
      else endClause();
      continue;
    }
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      const v = token.kind === 'emoji' ? symbols.emoji(token.key) : symbols.emoticon(token.key);
      if (v !== undefined) contributions.push(v), note(`${token.raw} ${v > 0 ? '+' : ''}${v}`);
      continue;
    }
    if (token.kind === 'number') {
      const v = symbols.number(token.key);
      if (v !== undefined) count(v, undefined, token.raw);
    }
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const key = token.key;
    wordsInSentence++;

    const phrase = matchPhrase(tokens, i, lexicon);
    if (phrase) {
      count(phrase.valence, undefined, `"${phrase.text}"`);
      i += phrase.length - 1;
      continue;
    }
    const two = i + 1 < tokens.length ? `${key} ${tokens[i + 1]!.key}` : '';
    const pairShift = language.shifterPhrases[two];
    if (pairShift !== undefined) {
      shift = pairShift, shiftLeft = SHIFT_SCOPE + 1, i++;
      continue;
    }
    if (language.adversatives.includes(key) || language.adversatives.includes(two)) {
      // The clause before counts less; if the sentence opens with the contrast, the previous one does.
      const from = contributions.length === sentenceStart ? previousStart : sentenceStart;
      for (let k = from; k < contributions.length; k++) contributions[k]! *= BEFORE_ADVERSATIVE;
      sentenceWeight = AFTER_ADVERSATIVE;
      negation = 0;
      if (contributions.length > 0) note(`contrast "${token.raw}": the clause after weighs more`);
      if (language.adversatives.includes(two)) i++;
      continue;
    }
    if (language.concessives.includes(key) || language.concessives.includes(two)) {
      concession = true;
      if (language.concessives.includes(two)) i++;
      continue;
    }
    if (isNegator(key, negation, lexicon)) {
      // "Don't make my mistake", "No compren aquí": advice, so the warning keeps its sign.
      advice = wordsInSentence <= 2 && language.imperativeNegators.includes(tokens[i - 1]?.kind === 'word' && wordsInSentence === 2 ? tokens[i - 1]!.key : key);
      negation = NEGATION_SCOPE + 1;
      negator = token.raw;
      continue;
    }
    const shifter = language.shifters[key];
    if (shifter !== undefined && nextHasValence(tokens, i, lexicon)) {
      shift = shiftLeft > 0 ? shift * Math.abs(shifter) : shifter;
      shiftLeft = SHIFT_SCOPE + 1;
      if (negation > 0) negation--;
      continue;
    }
    const verb = language.verbOnly[key];
    const previous = tokens[i - 1]?.key ?? '';
    const valence = verb ? (verb.after.includes(previous) || isNegator(previous, 0, lexicon) ? verb.valence : undefined) : (lexicon.valenceOf(key) ?? symbols.laughter(key));
    if (valence !== undefined && valence !== 0) count(valence, token, `"${token.raw}"`);
    else if (negation > 0 && language.failureVerbs.has(key)) {
      contributions.push(FAILURE * sentenceWeight * (concession ? CONCESSION : 1));
      note(`failure: "${negator} … ${token.raw}"`);
      negation = 0;
    }
    if (negation > 0) negation--;
    if (shiftLeft > 0) shiftLeft--;
  }

  let sum = 0;
  let positive = 0;
  let negative = 0;
  for (const v of contributions) {
    sum += v;
    if (v > 0) positive += v;
    else negative -= v;
  }
  return { sum, positive, negative, hits: contributions.length, exclamations, cues };
}

// The scope of "nada" and "cero" opens only when no negator is already open ("no me gustó nada").
function isNegator(key: string, open: number, lexicon: Lexicon): boolean {
  const { negators, negatorSuffixes, concordNegators } = lexicon.cues;
  if (negators.includes(key)) return true;
  if (negatorSuffixes.some((suffix) => key.endsWith(suffix))) return true;
  return open === 0 && concordNegators.includes(key);
}

function nextHasValence(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  for (let k = i + 1; k <= i + SHIFT_SCOPE && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    if (lexicon.valenceOf(token.key) !== undefined || lexicon.phrases.has(token.key)) return true;
  }
  return false;
}

function matchPhrase(tokens: Token[], i: number, lexicon: Lexicon): { valence: number; length: number; text: string } | undefined {
  const candidates = lexicon.phrases.get(tokens[i]!.key);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    if (phrase.words.every((word, k) => tokens[i + k]?.key === word)) {
      return { valence: phrase.valence, length: phrase.words.length, text: phrase.words.join(' ') };
    }
  }
  return undefined;
}
