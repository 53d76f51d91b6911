// Stage 3: keep only items that match at least one configured brand query, recording which terms matched.
import type { BrandMatch } from '../../shared/mention.ts';
import { compileBrandQuery, type MatchTarget, type QueryMatch } from '../../shared/brand-query/index.ts';
import type { BrandConfig } from '../config.ts';
import type { LanguageItem } from './detect-language.ts';

export interface MatchedItem extends LanguageItem {
  matches: BrandMatch[];
}

export type BrandMatcher = (item: LanguageItem) => BrandMatch[];

/** Compiles every brand query once; the matcher is then called per item. */
export function createBrandMatcher(brands: readonly BrandConfig[]): BrandMatcher {
  const compiled = brands.map((brand) => ({ name: brand.name, match: compileBrandQuery(brand.query) }));
  return (item) => {
    const target: MatchTarget = { text: item.text, title: item.title, authorHandle: item.author.handle, lang: item.lang, platform: item.platform };
    const matches: BrandMatch[] = [];
    for (const brand of compiled) {
      const hit: QueryMatch | null = brand.match(target);
      if (hit) matches.push({ brand: brand.name, terms: hit.terms });
    }
    return matches;
  };
}

export function matchBrands(items: readonly LanguageItem[], matcher: BrandMatcher): MatchedItem[] {
  const out: MatchedItem[] = [];
  for (const item of items) {
    const matches = matcher(item);
    if (matches.length) out.push({ ...item, matches });
  }
  return out;
}
