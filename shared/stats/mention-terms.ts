// The content words of a mention, for "top negative terms": folded words of three letters or more, without
// English and Spanish stopwords, brand names, URLs or handles. The collector stores them for negative
// mentions (so the ranking is one SQL count); the extension counts them from the mentions it holds.
import type { Mention } from '../mention.ts';
import { foldText } from '../text-fold.ts';
import { STOPWORDS } from './stopwords.ts';

/** At most this many distinct terms are kept per mention: long articles must not outweigh short posts. */
export const MAX_TERMS_PER_MENTION = 40;

/** How many terms the statistics rank. */
export const TOP_TERMS = 20;

const URLS_AND_HANDLES = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.]+/gu;

/** Distinct content terms of a mention's title and text, in order of first appearance. */
export function mentionTerms(mention: Pick<Mention, 'title' | 'text' | 'matches'>): string[] {
  const brandWords = new Set(
    mention.matches.flatMap((m) => [m.brand, ...m.terms]).flatMap((w) => foldText(w).match(/\p{L}+/gu) ?? []),
  );
  const text = foldText([mention.title, mention.text].filter(Boolean).join('\n')).replace(URLS_AND_HANDLES, ' ');
  const terms = new Set<string>();
  for (const raw of text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
    const word = raw.replace(/['’]/g, '');
    if (word.length < 3 || STOPWORDS.has(word) || brandWords.has(word)) continue;
    terms.add(word);
    if (terms.size === MAX_TERMS_PER_MENTION) break;
  }
  return [...terms];
}

/** Term counts ranked: most frequent first, ties in code-unit order (as SQL's binary collation), at most `limit`. */
export function rankTerms(counts: Iterable<{ term: string; count: number }>, limit = TOP_TERMS): { term: string; count: number }[] {
  return [...counts].sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)).slice(0, limit);
}
