// "Not about us" teaches the brand query: from a mention a person hid as not about the brand, the smallest
// exclusion that would have kept it out — the brand's word with the word beside it ("kestrel falcon"), else
// one telling word of the post — checked against the query so a suggestion always drops that mention.
// Suggestions are only offered; a person accepts them, and only then does ingest apply them.
import { z } from 'zod';
import { compileBrandQuery, parseBrandQuery, prepareMatchTarget } from '../brand-query/index.ts';
import { toWords } from '../brand-query/words.ts';
import type { Mention } from '../mention.ts';
import { STOPWORDS } from '../stats/stopwords.ts';
import type { QueryExclusion } from './mute-rule.ts';

/** An exclusion as accepted: `-word` or `-"a phrase"`, which the brand-query language reads. */
export const exclusionTextSchema = z
  .string()
  .trim()
  .regex(/^-(?:"[^"\n]{1,100}"|[^\s"()-][^\s"()]{0,59})$/, 'must be -word or -"a phrase"')
  .superRefine((text, ctx) => {
    try {
      parseBrandQuery(text.slice(1));
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `is not a brand-query term: ${(error as Error).message}` });
    }
  });

type Suggestible = Pick<Mention, 'id' | 'title' | 'text' | 'matches' | 'author' | 'lang' | 'platform'>;

/** The words worth naming in an exclusion: not a stopword, not a number, not a word of the query itself. */
const telling = (word: string, queryWords: ReadonlySet<string>) => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word) && !queryWords.has(word);

function candidates(m: Suggestible, brand: string, query: string): string[] {
  const queryWords = new Set(toWords(query));
  const terms = (m.matches.find((b) => b.brand === brand)?.terms ?? []).map(toWords).filter((t) => t.length > 0);
  const beside: string[] = [];
  const single: string[] = [];
  for (const field of [m.title ?? '', m.text]) {
    const words = toWords(field);
    for (const term of terms) {
      for (let i = 0; i + term.length <= words.length; i++) {
        if (!term.every((w, j) => words[i + j] === w)) continue;
        const next = words[i + term.length];
        const prev = words[i - 1];
        if (next && telling(next, queryWords)) beside.push(`-"${[...term, next].join(' ')}"`);
        if (prev && telling(prev, queryWords)) beside.push(`-"${[prev, ...term].join(' ')}"`);
      }
    }
    single.push(...words.filter((w) => w.length >= 4 && telling(w, queryWords)).map((w) => `-${w}`));
  }
  return [...new Set([...beside, ...single])];
}

/** The exclusion that keeps this mention out of the brand's query, or undefined when none is found. */
export function suggestExclusion(m: Suggestible, brand: { name: string; query: string }): string | undefined {
  const target = prepareMatchTarget({ text: m.text, title: m.title, authorHandle: m.author.handle, lang: m.lang, platform: m.platform });
  for (const exclusion of candidates(m, brand.name, brand.query).slice(0, 40)) {
    try {
      if (!compileBrandQuery(`(${brand.query}) ${exclusion}`)(target)) return exclusion;
    } catch {
      // A candidate the query language cannot read is simply not offered.
    }
  }
  return undefined;
}

export const exclusionSuggestionSchema = z.object({
  brand: z.string(),
  exclusion: z.string(),
  /** The hidden mentions it comes from (and would have kept out), newest first. */
  mentionIds: z.array(z.string()),
});
export type ExclusionSuggestion = z.infer<typeof exclusionSuggestionSchema>;

/**
 * Suggestions from the mentions marked "not about us", most often learned first; exclusions already accepted
 * for the brand, and brands no longer in the config, are left out.
 */
export function exclusionSuggestions(hidden: readonly (Suggestible & Pick<Mention, 'muted'>)[], brands: readonly { name: string; query: string }[], accepted: readonly Pick<QueryExclusion, 'brand' | 'exclusion'>[]): ExclusionSuggestion[] {
  const byKey = new Map<string, ExclusionSuggestion>();
  const taken = new Set(accepted.map((a) => `${a.brand}\u0000${a.exclusion}`));
  for (const m of hidden) {
    if (m.muted?.rule.kind !== 'not-about-us') continue;
    const brand = brands.find((b) => b.name === m.muted!.rule.brand);
    const exclusion = brand && suggestExclusion(m, brand);
    if (!brand || !exclusion || taken.has(`${brand.name}\u0000${exclusion}`)) continue;
    const key = `${brand.name}\u0000${exclusion}`;
    const found = byKey.get(key) ?? { brand: brand.name, exclusion, mentionIds: [] };
    found.mentionIds.push(m.id);
    byKey.set(key, found);
  }
  return [...byKey.values()].sort((a, b) => b.mentionIds.length - a.mentionIds.length);
}
