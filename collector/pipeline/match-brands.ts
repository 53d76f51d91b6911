// Stage 3: keep only items that match at least one configured brand query, recording which terms matched.
// Items of a brand-scoped source (`sources[].brand`: the brand's own review page) are about that brand even
// when they never name it; its query's exclusions still drop them.
import type { BrandMatch } from '../../shared/mention.ts';
import { compileBrandQuery, matchBrandQuery, parseBrandQuery, prepareMatchTarget, scopedQuery, type MatchTarget } from '../../shared/brand-query/index.ts';
import type { BrandConfig } from '../config.ts';
import { itemLanguage, type LanguageItem } from './detect-language.ts';
import type { IdentifiedItem } from './identify.ts';

export interface MatchedItem extends LanguageItem {
  matches: BrandMatch[];
}

/** An item a collection run keeps: its matches, and its language when matching read it (else detected with its enrichment). */
export interface CollectedItem extends IdentifiedItem {
  lang?: string;
  matches: BrandMatch[];
}

export type BrandMatcher = ((item: LanguageItem) => BrandMatch[]) & {
  /** False when no query it matches filters on language (`lang:`), so an item's language cannot change its matches. */
  readsLanguage?: boolean;
};

/** Whether a query may filter on language (a `lang:` anywhere in it; a quoted one only costs a detection). */
export const queryReadsLanguage = (query: string): boolean => /lang:/i.test(query);

/** A source whose every item is about one brand. */
export interface BrandScope {
  /** The source's id (items carry it as `source`). */
  id: string;
  /** The brand's `name`. */
  brand?: string;
}

/** Compiles every brand query once; the matcher is then called per item. */
export function createBrandMatcher(brands: readonly BrandConfig[], scopes: readonly BrandScope[] = []): BrandMatcher {
  const compiled = brands.map((brand) => {
    const query = parseBrandQuery(brand.query);
    return { name: brand.name, competitor: brand.competitor === true, match: compileBrandQuery(brand.query), scoped: scopedQuery(query) };
  });
  const scopeOf = new Map(scopes.flatMap((s) => (s.brand ? [[s.id, s.brand] as const] : [])));
  const matcher: BrandMatcher = (item) => {
    const target = prepareMatchTarget({ text: item.text, title: item.title, authorHandle: item.author.handle, lang: item.lang, platform: item.platform } satisfies MatchTarget);
    const matches: BrandMatch[] = [];
    const scopedBrand = scopeOf.get(item.source);
    for (const brand of compiled) {
      const hit = brand.match(target);
      const flag = brand.competitor ? { competitor: true as const } : {};
      if (hit) matches.push({ brand: brand.name, terms: hit.terms, ...flag });
      else if (brand.name === scopedBrand && (!brand.scoped || matchBrandQuery(brand.scoped, target))) matches.push({ brand: brand.name, terms: [], ...flag });
    }
    return matches;
  };
  matcher.readsLanguage = brands.some((brand) => queryReadsLanguage(brand.query));
  return matcher;
}

export function matchBrands(items: readonly LanguageItem[], matcher: BrandMatcher): MatchedItem[] {
  const out: MatchedItem[] = [];
  for (const item of items) {
    const matches = matcher(item);
    if (matches.length) out.push({ ...item, matches });
  }
  return out;
}

/**
 * The items that match a brand, each with its language and matches. When the matcher does not read the
 * language (`readsLanguage` false) it is detected for the matched items alone: the same result as
 * detectItemLanguages then matchBrands, without detecting the language of posts that are dropped.
 */
export function matchWithLanguages(items: readonly IdentifiedItem[], matcher: BrandMatcher, readsLanguage = matcher.readsLanguage !== false): MatchedItem[] {
  if (readsLanguage) return matchBrands(items.map((item) => ({ ...item, lang: itemLanguage(item) })), matcher);
  const out: MatchedItem[] = [];
  for (const item of items) {
    const matches = matcher(item as LanguageItem);
    if (matches.length) out.push({ ...item, lang: itemLanguage(item), matches });
  }
  return out;
}

/**
 * The items that match a brand, for a collection run: like matchWithLanguages, but when the matcher does not
 * read the language the items are left without it, to be detected with their enrichment (on the pool's threads).
 */
export function matchForCollection(items: readonly IdentifiedItem[], matcher: BrandMatcher, readsLanguage = matcher.readsLanguage !== false): CollectedItem[] {
  if (readsLanguage) return matchWithLanguages(items, matcher, true);
  const out: CollectedItem[] = [];
  for (const item of items) {
    const matches = matcher(item as LanguageItem);
    if (matches.length) out.push({ ...item, matches });
  }
  return out;
}
