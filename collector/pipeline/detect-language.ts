// Stage 3a: the language of each item (the platform's hint, else detected), before brand matching so
// `lang:es` in a brand query can filter on it.
import { detectLanguage } from '../enrich/language.ts';
import type { IdentifiedItem } from './identify.ts';

export interface LanguageItem extends IdentifiedItem {
  lang: string;
}

/** The language of one item, as brand matching and enrichment read it. */
export const itemLanguage = (item: Pick<IdentifiedItem, 'text' | 'title' | 'langHint'>): string => detectLanguage(item.title ? `${item.title}. ${item.text}` : item.text, item.langHint).lang;

export function detectItemLanguages(items: readonly IdentifiedItem[]): LanguageItem[] {
  return items.map((item) => ({ ...item, lang: itemLanguage(item) }));
}
