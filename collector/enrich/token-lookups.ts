// Lookups the clause reader makes around one token: phrases, negators, shifter targets, written scores.
import { scoreValence, SCORE_LINKS, STAR_WORDS } from './cues.ts';
import type { LexiconPhrase } from './cue-sets.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** How many words a shifter ("muy", "a bit") reaches. */
export const SHIFT_SCOPE = 2;

/** "9 out of 10", "4 de 5", "1 star", "5 estrellas" starting at token i (a number). */
export function writtenScore(tokens: Token[], i: number): { valence: number; length: number; text: string } | undefined {
  const given = Number(tokens[i]!.key.replace(',', '.'));
  const next = tokens[i + 1]?.key ?? '';
  if (STAR_WORDS.has(next)) {
    const valence = scoreValence(given, 5);
    return valence === undefined ? undefined : { valence, length: 2, text: `${tokens[i]!.raw} ${tokens[i + 1]!.raw}` };
  }
  const twoWords = `${next} ${tokens[i + 2]?.key ?? ''}`;
  const link = SCORE_LINKS.has(twoWords) ? 2 : SCORE_LINKS.has(next) ? 1 : 0;
  const scale = tokens[i + 1 + link];
  if (link === 0 || scale?.kind !== 'number') return undefined;
  const valence = scoreValence(given, Number(scale.key));
  return valence === undefined ? undefined : { valence, length: 2 + link, text: tokens.slice(i, i + 2 + link).map((t) => t.raw).join(' ') };
}

/** Whether `key` opens a negation; "nada" and "cero" only when none is open ("no me gustó nada"). */
export function isNegator(key: string, open: number, lexicon: Lexicon): boolean {
  const { negators, concordNegators } = lexicon.sets;
  if (negators.has(key)) return true;
  if (hasNegatorSuffix(key, lexicon)) return true;
  return open === 0 && concordNegators.has(key);
}

/** Whether `key` ends in a negating suffix ("n't"). A loop, not some() with a closure: it runs for nearly every word. */
export function hasNegatorSuffix(key: string, lexicon: Lexicon): boolean {
  const suffixes = lexicon.cues.negatorSuffixes;
  for (let k = 0; k < suffixes.length; k++) if (key.endsWith(suffixes[k]!)) return true;
  return false;
}

/** Whether one of the next words carries valence (so a shifter before it shifts something). */
export function nextHasValence(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  for (let k = i + 1; k <= i + SHIFT_SCOPE && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    if (lexicon.valenceOf(token.key) !== undefined || lexicon.phrases.has(token.key)) return true;
  }
  return false;
}

/** The longest vocabulary phrase starting at token i. */
export function matchPhrase(tokens: Token[], i: number, lexicon: Lexicon): LexiconPhrase | undefined {
  const second = tokens[i + 1];
  if (second === undefined) return undefined;
  const candidates = lexicon.phrasePairs.get(tokens[i]!.key)?.get(second.key);
  if (!candidates) return undefined;
  next: for (const phrase of candidates) {
    for (let k = 2; k < phrase.words.length; k++) if (tokens[i + k]?.key !== phrase.words[k]) continue next;
    return phrase;
  }
  return undefined;
}
