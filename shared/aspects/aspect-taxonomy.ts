// A taxonomy compiled for matching: the shipped English and Spanish terms plus a brand's own, as a word trie
// per language. Brands extend it in the config (`brands[].aspects`): new aspect ids with their terms, or more
// terms for a shipped aspect; their terms win over shipped ones spelled the same.
import { z } from 'zod';
import { aspectIdSchema } from './aspect-ids.ts';
import { ENGLISH_IGNORED, ENGLISH_TAXONOMY } from './taxonomy-en.ts';
import { SPANISH_IGNORED, SPANISH_TAXONOMY } from './taxonomy-es.ts';
import { parseBrandTerm, parseTerm, type TaxonomyTerms, type TermEntry } from './term-syntax.ts';

/** Limits of a brand's own terms: enough for any real vocabulary, small enough to keep matching fast. */
export const BRAND_ASPECT_LIMITS = { aspects: 50, termsPerAspect: 200, termChars: 60, termWords: 6 } as const;

const brandTermSchema = z
  .string()
  .trim()
  .min(1, 'a term must not be empty')
  .max(BRAND_ASPECT_LIMITS.termChars, `a term has at most ${BRAND_ASPECT_LIMITS.termChars} characters`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}' ’-]*\*?$/u, 'a term is words (letters, digits, spaces, apostrophes, dashes) with an optional trailing "*"')
  .refine((t) => t.split(/\s+/).length <= BRAND_ASPECT_LIMITS.termWords, `a term has at most ${BRAND_ASPECT_LIMITS.termWords} words`);

/**
 * `brands[].aspects`: aspect id → the brand's terms, e.g. `{"wifi-onboard": ["wifi", "wi-fi a bordo"], "price":
 * ["tarifa plana"]}`. A shipped id adds terms to it; any other id is a new aspect of that brand. `other` takes none.
 */
export const brandAspectsSchema = z
  .record(aspectIdSchema, z.array(brandTermSchema).min(1, 'list at least one term').max(BRAND_ASPECT_LIMITS.termsPerAspect))
  .refine((r) => Object.keys(r).length <= BRAND_ASPECT_LIMITS.aspects, `at most ${BRAND_ASPECT_LIMITS.aspects} aspects per brand`)
  .refine((r) => !('other' in r), '"other" is what no term names: it takes no terms');
export type BrandAspects = z.infer<typeof brandAspectsSchema>;

/** A node of the word trie. */
interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Stems of `stem*` words, with their nodes, by the stem's first two characters (a text's word looks up one bucket). */
  prefixes: Map<string, [string, TrieNode][]>;
  entries: TermEntry[];
}

export type TaxonomyLanguage = 'en' | 'es' | 'any';

export interface AspectTaxonomy {
  /** Root of the trie for the text's language (`any`: both). */
  root(lang: string): TrieNode;
  /** Every aspect id this taxonomy can give, shipped first. */
  aspects: readonly string[];
}
export type { TrieNode };

const node = (): TrieNode => ({ exact: new Map(), prefixes: new Map(), entries: [] });
/** The bucket of a stem or word: its first two characters (stems are at least two long). */
export const prefixBucket = (word: string): string => word.slice(0, 2);

function insert(root: TrieNode, entry: TermEntry): void {
  let at = root;
  for (const word of entry.words) {
    if (word.endsWith('*')) {
      const stem = word.slice(0, -1);
      const bucket = at.prefixes.get(prefixBucket(stem)) ?? at.prefixes.set(prefixBucket(stem), []).get(prefixBucket(stem))!;
      let next = bucket.find(([s]) => s === stem)?.[1];
      if (!next) bucket.push([stem, (next = node())]);
      at = next;
    } else {
      let next = at.exact.get(word);
      if (!next) at.exact.set(word, (next = node()));
      at = next;
    }
  }
  // A brand's term replaces what the shipped taxonomy says about the same words.
  if (entry.brand) at.entries = at.entries.filter((e) => e.brand);
  else if (at.entries.some((e) => e.brand)) return;
  at.entries.push(entry);
}

function addShipped(root: TrieNode, terms: TaxonomyTerms, ignored: readonly string[]): void {
  for (const [aspect, list] of Object.entries(terms)) for (const term of list) insert(root, parseTerm(aspect, term));
  for (const phrase of ignored) insert(root, parseTerm('', phrase));
}

/** Compiles the shipped taxonomy, extended with a brand's terms (already validated by brandAspectsSchema). */
export function compileAspectTaxonomy(extension: BrandAspects = {}): AspectTaxonomy {
  const roots: Record<TaxonomyLanguage, TrieNode> = { en: node(), es: node(), any: node() };
  addShipped(roots.en, ENGLISH_TAXONOMY, ENGLISH_IGNORED);
  addShipped(roots.es, SPANISH_TAXONOMY, SPANISH_IGNORED);
  addShipped(roots.any, ENGLISH_TAXONOMY, ENGLISH_IGNORED);
  addShipped(roots.any, SPANISH_TAXONOMY, SPANISH_IGNORED);
  for (const [aspect, terms] of Object.entries(extension)) {
    for (const term of terms) {
      const entry = parseBrandTerm(aspect, term);
      if (!entry.words.length) continue;
      for (const root of Object.values(roots)) insert(root, entry);
    }
  }
  const shipped = Object.keys(ENGLISH_TAXONOMY);
  return {
    root: (lang) => (lang === 'en' || lang === 'es' ? roots[lang] : roots.any),
    aspects: [...shipped, ...Object.keys(extension).filter((a) => !shipped.includes(a)), 'other'],
  };
}

let shippedTaxonomy: AspectTaxonomy | undefined;
/** The shipped taxonomy alone, compiled once. */
export const shippedAspectTaxonomy = (): AspectTaxonomy => (shippedTaxonomy ??= compileAspectTaxonomy());
