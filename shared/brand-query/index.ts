// Brand queries: the listening-tool query language (see README.md) — parse, match, highlight.
export { BrandQueryError, printBrandQuery, type BrandQuery } from './ast.ts';
export type { AndNode, FilterNode, HandleNode, HashtagNode, NearNode, NotNode, OrNode, TermNode } from './ast.ts';
export { parseBrandQuery, MAX_NEAR_DISTANCE, MAX_QUERY_DEPTH, MAX_QUERY_LENGTH } from './parse.ts';
export { compileBrandQuery, matchBrandQuery, type QueryMatch, type QuerySpan } from './match.ts';
export { prepareMatchTarget, PreparedMatchTarget, type MatchTarget } from './prepared-target.ts';
export { exclusionsOf, scopedQuery, termsPart } from './scope.ts';
