// Aspects: what a mention talks about (price, delivery, staff…), each with its own sentiment. Pure.
export * from './aspect-ids.ts';
export { brandAspectsSchema, compileAspectTaxonomy, shippedAspectTaxonomy, BRAND_ASPECT_LIMITS, type AspectTaxonomy, type BrandAspects } from './aspect-taxonomy.ts';
export { findAspects, type AspectCue, type AspectFinding, type AspectWindow } from './find-aspects.ts';
export { readAspects, type AspectInput, type PieceScorer, type PieceSentiment } from './read-aspects.ts';
