// The config's `brands[].aspects`, and the taxonomies they make: one config per process (as the enrichment
// settings), so the pipeline, `vigia analyze` and POST /api/analyze only name the brands a text matched.
// A text that matched two brands reads both brands' terms; a text of no brand reads every brand's terms
// (an installation's own vocabulary is about its own business whoever says it).
import { compileAspectTaxonomy, shippedAspectTaxonomy, type AspectTaxonomy, type BrandAspects } from '../../shared/aspects/aspect-taxonomy.ts';

let configured = new Map<string, BrandAspects>();
let compiled = new Map<string, AspectTaxonomy>();

/** Apply the config's brands' aspect terms to every analysis this process runs from now on. */
export function configureBrandAspects(brands: readonly { name: string; aspects?: BrandAspects }[]): void {
  configured = new Map(brands.flatMap((b) => (b.aspects && Object.keys(b.aspects).length ? [[b.name, b.aspects] as const] : [])));
  compiled = new Map();
}

/** Several brands' terms as one extension: the lists of an aspect both brands extend are joined. */
function merged(names: readonly string[]): BrandAspects {
  const out: Record<string, string[]> = {};
  for (const name of names) for (const [aspect, terms] of Object.entries(configured.get(name) ?? {})) out[aspect] = [...(out[aspect] ?? []), ...terms];
  return out;
}

/** The taxonomy for a text that matched `brands` (names); absent or empty: every configured brand's terms. */
export function aspectTaxonomyFor(brands?: readonly string[]): AspectTaxonomy {
  if (!configured.size) return shippedAspectTaxonomy();
  const names = (brands?.length ? [...new Set(brands)].filter((b) => configured.has(b)) : [...configured.keys()]).sort();
  if (!names.length) return shippedAspectTaxonomy();
  const key = JSON.stringify(names);
  let taxonomy = compiled.get(key);
  if (!taxonomy) compiled.set(key, (taxonomy = compileAspectTaxonomy(merged(names))));
  return taxonomy;
}
