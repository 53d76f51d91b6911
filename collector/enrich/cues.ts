// The hand-written cues that natural's vocabularies lack: negators, intensity shifters, contrast words,
// slang, review phrases and emoticons. One object per scored language (cues-en.ts, cues-es.ts).

/** Everything the scorer needs to know about one language besides its vocabularies. */
export interface LanguageCues {
  /** Words that open a negation scope ("no", "never"). */
  negators: readonly string[];
  /** Words ending in these suffixes negate too ("n't"). */
  negatorSuffixes: readonly string[];
  /** Words that negate only when they open the clause or follow no negator ("nada", "cero"). */
  concordNegators: readonly string[];
  /** word → multiplier for the next sentiment word: > 1 intensifies, < 1 diminishes, < 0 inverts. */
  shifters: Readonly<Record<string, number>>;
  /** Two-word shifters ("un poco", "a bit"), keys joined with a space. */
  shifterPhrases: Readonly<Record<string, number>>;
  /** Adversative words: the clause after weighs more, the one before less ("pero", "but"). */
  adversatives: readonly string[];
  /** Concessive and conditional words: the clause they open weighs less ("aunque", "although", "if"). */
  concessives: readonly string[];
  /** Slang, review words and phrases with their AFINN-scale valence; phrases are space-joined keys. */
  vocabulary: Readonly<Record<string, number>>;
  /** Vocabulary entries to ignore because they mislead far more often than they help. */
  ignored: readonly string[];
  /** Verbs of a product or service doing its job: negated, they report a failure ("doesn't charge",
   * "no llegó"), which is negative even though the verb itself is neutral. */
  failureVerbs: ReadonlySet<string>;
  /** Nouns of trouble ("problem", "queja"): negated, they praise ("not one problem", "ningún problema"),
   * where a negated complaint word would only be softened. */
  troubleWords: ReadonlySet<string>;
  /** Praise words that, opening a sentence before a comma, turn sarcastic when the rest of it complains
   * ("Great, another delay", "Genial, otra vez sin luz"). */
  sarcasmOpeners: readonly string[];
  /** Words of repetition ("another", "again", "otra vez"): after a praise opener with a negation, sarcasm. */
  repetitionWords: readonly string[];
  /** Negators that, opening a sentence, give advice rather than deny ("Don't make my mistake"). */
  imperativeNegators: readonly string[];
  /** Words that carry valence only as verbs, right after one of `after` ("like" after "I", "would"). */
  verbOnly: Readonly<Record<string, { valence: number; after: readonly string[] }>>;
}

/** Emoticons (lowercased) shared by all languages, AFINN scale. Emoji come from natural's Spanish AFINN. */
export const EMOTICONS: Readonly<Record<string, number>> = {
  ':)': 2, ':-)': 2, '=)': 2, ':]': 2, ':d': 3, ':-d': 3, '=d': 3, 'xd': 2, 'xdd': 2, 'xddd': 2, ';)': 2,
  ';-)': 2, ':p': 1, ':-p': 1, ';p': 1, '<3': 3, '<33': 3, '^^': 2, '^_^': 2, ':*': 2, '(:': 2,
  ':(': -2, ':-(': -2, '=(': -2, ":'(": -2, ':[': -2, '):': -2, ':/': -1, ':-/': -1, ':\\': -1,
  ':|': -1, '-_-': -1, 't_t': -2, 'd:': -2,
};

/** Emoji newer than natural's list, or that it weighs too softly; these override it. */
export const EMOJI: Readonly<Record<string, number>> = {
  '🤬': -4, '🤮': -3, '🤢': -3, '😡': -3, '😠': -3, '👎': -3, '💩': -2, '🙄': -2, '😢': -2, '😤': -2,
  '🤦': -2, '😣': -2, '😖': -2, '🥰': 3, '🤩': 3, '🤣': 2, '💯': 2, '🥳': 3, '😻': 3, '🤗': 2, '🙂': 1,
  '🙃': 0, '😐': -1, '😕': -1, '🙁': -2, '☹': -2, '😬': -1, '🤡': -2, '😱': -1, '🥺': 0, '⭐': 1,
};

/** Valence of laughter ("jajaja", "hahaha", "jsjsjs"). */
export const LAUGHTER_VALENCE = 1.5;
const LAUGHTER = /^(?:(?:j[aeiou]){2,}j?|(?:h[aeo]){2,}h?|(?:js){2,}j?|lo+l|lmf?ao+|rofl)$/;

/** True for a laughter token. */
export const isLaughter = (key: string): boolean => LAUGHTER.test(key);

/** "5/5", "10/10", "1/10": a score written in the text, as valence; undefined for other numbers. */
export function writtenScoreValence(key: string): number | undefined {
  const match = /^(\d{1,2})\/(5|10)$/.exec(key);
  return match ? scoreValence(Number(match[1]), Number(match[2])) : undefined;
}

/** A score out of 5 or 10 as valence: full marks +4, none −4, the middle 0. */
export function scoreValence(given: number, scale: number): number | undefined {
  if (!Number.isFinite(given) || given < 0 || given > scale || (scale !== 5 && scale !== 10)) return undefined;
  return Math.round((given / scale - 0.5) * 8);
}

/** Words between a score and its scale: "9 out of 10", "4 de 5". */
export const SCORE_LINKS: ReadonlySet<string> = new Set(['out of', 'de', 'sobre', 'of']);
/** Words after a number that make it a star rating: "1 star", "4 estrellas". */
export const STAR_WORDS: ReadonlySet<string> = new Set(['star', 'stars', 'estrella', 'estrellas']);
