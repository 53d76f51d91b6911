// The small syntax of aspect terms, parsed once when a taxonomy is compiled:
//   `word`, `two words`    the words, folded (case and accents ignored); a text's plural in -s/-es matches too
//   `stem*`                a word starting with `stem` (any word of a phrase may carry it)
//   `-term`, `+term`       the term also says the author dislikes / likes the aspect ("overpriced", "on time"),
//                          used when the clause gives the scorer nothing to read
//   `term ~ w1 w2*`        the term counts only when its clause also holds one of those words
//   `term !aspect`, `!*`   the term is dropped when its clause names that aspect (`*`: any other) as well
import type { ShippedAspect } from './aspect-ids.ts';
import { foldWord } from './aspect-text.ts';

/** The terms of each shipped aspect but `other` (which is what no term names). */
export type TaxonomyTerms = Readonly<Record<Exclude<ShippedAspect, 'other'>, readonly string[]>>;

/** One parsed term. */
export interface TermEntry {
  /** The aspect it names; '' for a phrase that names none ("in charge"). */
  aspect: string;
  /** Folded words; a trailing `*` matches any ending. */
  words: string[];
  /** −1 / +1 when the term carries the author's opinion. */
  polarity?: -1 | 1;
  /** Words of which one must be in the same clause (folded; trailing `*` allowed). */
  near?: string[];
  /** Aspects whose presence in the clause drops this term; `*` for any other aspect. */
  unless?: string[];
  /** A brand's own term: it wins over a shipped term with the same words. */
  brand?: boolean;
}

/** A term that cannot be read, named with the term. */
export class TermSyntaxError extends Error {
  override name = 'TermSyntaxError';
}

const splitWords = (text: string): string[] =>
  text
    .split(/[\s\-–]+/)
    .map((w) => (w.endsWith('*') ? `${foldWord(w.slice(0, -1))}*` : foldWord(w)))
    .filter((w) => w !== '' && w !== '*');

/** Parses one term of a shipped taxonomy (full syntax). */
export function parseTerm(aspect: string, source: string): TermEntry {
  let text = source.trim();
  const entry: TermEntry = { aspect, words: [] };
  if (text.startsWith('-') || text.startsWith('+')) {
    entry.polarity = text.startsWith('-') ? -1 : 1;
    text = text.slice(1);
  }
  const unless = [...text.matchAll(/\s!(\*|[a-z][a-z0-9-]*)/g)].map((m) => m[1]!);
  if (unless.length) entry.unless = unless;
  text = text.replace(/\s!(\*|[a-z][a-z0-9-]*)/g, '');
  const [words = '', near] = text.split('~');
  entry.words = splitWords(words);
  if (near !== undefined) entry.near = splitWords(near);
  if (!entry.words.length || (near !== undefined && !entry.near?.length)) throw new TermSyntaxError(`aspects: cannot read the term "${source}" of ${aspect || 'the ignored phrases'}`);
  return entry;
}

/** A brand's term from the config: words and trailing `*` only (its opinion and context rules are the clause's). */
export function parseBrandTerm(aspect: string, source: string): TermEntry {
  return { aspect, words: splitWords(source), brand: true };
}
