// What the correction layer sees of a text: its content words (folded, lightly stemmed, "¬" when a negator
// governs them) and the pairs of neighbouring ones, each hashed to a 32-bit id. "Switched to X… no
// regrets" and "Just switched to X, no regrets at all" come out the same; "I regret switching" does not.
import { hashString } from '../../../shared/near-duplicates/fingerprint.ts';
import { STOPWORDS } from '../../../shared/stats/stopwords.ts';
import { ENGLISH_CUES } from '../cues-en.ts';
import { SPANISH_CUES } from '../cues-es.ts';
import { tokenize } from '../tokenize.ts';

/** A text's features: sorted distinct hashed ids, each worth 1/√n (so a text's vector has length 1). */
export interface TextFeatures {
  ids: Uint32Array;
  value: number;
}

const NEGATORS = new Set([...ENGLISH_CUES.negators, ...SPANISH_CUES.negators, ...SPANISH_CUES.concordNegators, "n't"]);
/** Intensifiers pass the negation on to the word they qualify ("not very good"). */
const SHIFTERS = new Set([...Object.keys(ENGLISH_CUES.shifters), ...Object.keys(SPANISH_CUES.shifters)]);
/** Words too common to say anything on their own (besides the stopword list, which keeps only 3+ letters). */
const SHORT_FILLER = new Set(['a', 'an', 'i', 'to', 'at', 'of', 'in', 'on', 'is', 'it', 'my', 'me', 'we', 'so', 'or', 'as', 'be', 'do', 'el', 'la', 'lo', 'le', 'de', 'en', 'y', 'o', 'e', 'u', 'me', 'mi', 'te', 'se', 'su', 'un', 'al', 'es', 'ya', 'just', 'all', 'que']);

const SUFFIXES = ['iendo', 'ando', 'ing', 'ed', 'es', 's'];

/** A light, language-blind stem: enough that "switched", "switching" and "switches" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

const isNegator = (key: string) => NEGATORS.has(key) || key.endsWith("n't");

/** The marked content tokens of a text, in order ("no" kept as a token, the word it governs marked "¬"). */
export function markedTokens(text: string): string[] {
  const out: string[] = [];
  let negated = false;
  for (const token of tokenize(text)) {
    if (token.kind === 'stop' || token.kind === 'bang') {
      negated = false;
      continue;
    }
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      out.push(token.key);
      negated = false;
      continue;
    }
    // A hashtag is a word ("#Lumora" and "Lumora" meet); a handle says who, not what.
    const hashtag = token.kind === 'handle' && token.key.startsWith('#');
    if (token.kind !== 'word' && !hashtag) continue;
    const key = hashtag ? token.key.slice(1) : token.key;
    if (isNegator(key)) {
      out.push('no');
      negated = true;
      continue;
    }
    if (SHIFTERS.has(key) || SHORT_FILLER.has(key) || STOPWORDS.has(key) || key.length < 2) continue;
    out.push(negated ? `¬${stem(key)}` : stem(key));
    negated = false;
  }
  return out;
}

/** The features of a text in a language: each marked token, and each pair of neighbouring ones. */
export function textFeatures(text: string, lang: string): TextFeatures {
  const tokens = markedTokens(text);
  const prefix = `${lang}|`;
  const ids = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    ids.add(hashString(prefix + tokens[i]));
    if (i + 1 < tokens.length) ids.add(hashString(`${prefix}${tokens[i]} ${tokens[i + 1]}`));
  }
  const sorted = Uint32Array.from(ids).sort();
  return { ids: sorted, value: sorted.length ? 1 / Math.sqrt(sorted.length) : 0 };
}
