// A brand-scoped source (the brand's own review page or feed) is about the brand even when an item never
// names it; only the query's exclusions and filters still apply ("acme -jobs" keeps dropping job posts).
import type { BrandQuery, NotNode } from './ast.ts';

/**
 * The part of a query an item of a brand-scoped source must still pass: every word, phrase, hashtag or
 * handle it asks for counts as present; NOT branches and lang:/platform: filters are kept as written.
 * Undefined when nothing is left to check (every item passes).
 */
export function scopedQuery(query: BrandQuery): BrandQuery | undefined {
  switch (query.kind) {
    case 'term':
    case 'hashtag':
    case 'handle':
    case 'near':
      return undefined;
    case 'filter':
    case 'not':
      return query;
    case 'and': {
      const kept = query.children.map(scopedQuery).filter((c): c is BrandQuery => c !== undefined);
      if (kept.length === 0) return undefined;
      return kept.length === 1 ? kept[0] : { kind: 'and', children: kept };
    }
    case 'or': {
      const kept = query.children.map(scopedQuery);
      // One branch that always holds makes the whole OR hold.
      if (kept.some((c) => c === undefined)) return undefined;
      return { kind: 'or', children: kept as BrandQuery[] };
    }
  }
}

/** Every NOT of a query, outermost first: the exclusions `vigia query test` reports when they drop a line. */
export function exclusionsOf(query: BrandQuery): NotNode[] {
  switch (query.kind) {
    case 'not':
      return [query];
    case 'and':
    case 'or':
      return query.children.flatMap(exclusionsOf);
    default:
      return [];
  }
}

/** The query without its exclusions and filters: the words, phrases, hashtags and handles it looks for. */
export function termsPart(query: BrandQuery): BrandQuery | undefined {
  switch (query.kind) {
    case 'not':
    case 'filter':
      return undefined;
    case 'and':
    case 'or': {
      const kept = query.children.map(termsPart).filter((c): c is BrandQuery => c !== undefined);
      if (kept.length === 0) return undefined;
      return kept.length === 1 ? kept[0] : { kind: query.kind, children: kept };
    }
    default:
      return query;
  }
}
