// The cue sets the clause reader looks words up in, and the vocabulary's phrases by their first two words,
// built once per lexicon.
import type { LanguageCues } from './cues.ts';

/** A multi-word entry of a vocabulary. */
export type LexiconPhrase = { words: string[]; valence: number; text: string };

/** The cue lists as sets, for lookups in the hot loop. */
export interface CueSets {
  negators: ReadonlySet<string>;
  concordNegators: ReadonlySet<string>;
  adversatives: ReadonlySet<string>;
  concessives: ReadonlySet<string>;
  imperativeNegators: ReadonlySet<string>;
  sarcasmOpeners: ReadonlySet<string>;
  repetitionWords: ReadonlySet<string>;
  shifters: ReadonlyMap<string, number>;
  shifterPhrases: ReadonlyMap<string, number>;
  verbOnly: ReadonlyMap<string, { valence: number; after: readonly string[] }>;
  /** First words of the two-word cues ("sin embargo", "un poco"): only these need a look at the next word. */
  pairStarts: ReadonlySet<string>;
  /** Every word of the sets above (and the first words of the vocabulary's phrases) → its ROLE bits: the clause
   * reader looks a word up once, not in each set in turn (most words are in none). */
  roles: ReadonlyMap<string, number>;
}

/** Bits of CueSets.roles: which sets hold a word. */
export const ROLE = {
  phraseStart: 1,
  pairStart: 2,
  adversative: 4,
  concessive: 8,
  negator: 16,
  concordNegator: 32,
  shifter: 64,
  verbOnly: 128,
} as const;

/** Phrases (every one of two words or more) by first and second word, each list in its original order. */
export function pairsOf(phrases: ReadonlyMap<string, readonly LexiconPhrase[]>): Map<string, Map<string, LexiconPhrase[]>> {
  const pairs = new Map<string, Map<string, LexiconPhrase[]>>();
  for (const [first, list] of phrases) {
    const bySecond = new Map<string, LexiconPhrase[]>();
    for (const phrase of list) {
      const second = phrase.words[1]!;
      const same = bySecond.get(second);
      if (same) same.push(phrase);
      else bySecond.set(second, [phrase]);
    }
    pairs.set(first, bySecond);
  }
  return pairs;
}

/** The cue lists of a language as sets, and every word's ROLE bits (`phrases`: the vocabulary's phrases by first word). */
export function toCueSets(cues: LanguageCues, phrases: ReadonlyMap<string, unknown>): CueSets {
  const pairs = [...cues.adversatives, ...cues.concessives, ...Object.keys(cues.shifterPhrases)].filter((cue) => cue.includes(' '));
  const sets = {
    negators: new Set(cues.negators),
    concordNegators: new Set(cues.concordNegators),
    adversatives: new Set(cues.adversatives),
    concessives: new Set(cues.concessives),
    imperativeNegators: new Set(cues.imperativeNegators),
    sarcasmOpeners: new Set(cues.sarcasmOpeners),
    repetitionWords: new Set(cues.repetitionWords),
    pairStarts: new Set(pairs.map((cue) => cue.split(' ')[0]!)),
    // Maps, not the plain objects: a token such as "constructor" must not find Object.prototype.
    shifters: new Map(Object.entries(cues.shifters)),
    shifterPhrases: new Map(Object.entries(cues.shifterPhrases)),
    verbOnly: new Map(Object.entries(cues.verbOnly)),
  };
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | bit);
  };
  mark(phrases.keys(), ROLE.phraseStart);
  mark(sets.pairStarts, ROLE.pairStart);
  mark(sets.adversatives, ROLE.adversative);
  mark(sets.concessives, ROLE.concessive);
  mark(sets.negators, ROLE.negator);
  mark(sets.concordNegators, ROLE.concordNegator);
  mark(sets.shifters.keys(), ROLE.shifter);
  mark(sets.verbOnly.keys(), ROLE.verbOnly);
  return { ...sets, roles };
}
