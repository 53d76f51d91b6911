// Matches a parsed brand query against a mention, keeping the matched terms and their offsets for highlighting.
import type { BrandQuery, NearNode } from './ast.ts';
import { hashtagMatcher, termMatcher, type LeafMatcher } from './leaf-matchers.ts';
import { parseBrandQuery } from './parse.ts';
import { prepareMatchTarget, type MatchTarget, type PreparedField, type PreparedMatchTarget } from './prepared-target.ts';

/** Where a term matched: offsets into the ORIGINAL title or text (end exclusive). */
export interface QuerySpan {
  field: 'title' | 'text';
  start: number;
  end: number;
  /** The query term, as in `QueryMatch.terms`. */
  term: string;
}

/** A successful match: the terms that matched (query order, once each) and every place they occur. */
export interface QueryMatch {
  terms: string[];
  spans: QuerySpan[];
}

/** Collects the terms and spans of a match; NOT branches never report into it. */
interface Highlights {
  terms: Set<string>;
  spans: QuerySpan[];
}

/** A compiled query node: a fast yes/no, and a slower pass that records highlights. */
interface NodeMatcher {
  test(t: PreparedMatchTarget): boolean;
  collect(t: PreparedMatchTarget, out: Highlights): void;
}

function record(leaf: LeafMatcher, field: PreparedField, first: number, last: number, out: Highlights): void {
  const { starts, ends } = field.list;
  out.terms.add(leaf.label);
  out.spans.push({ field: field.field, start: (starts[first] ?? 0) - (leaf.leadingMark ? 1 : 0), end: ends[last] ?? 0, term: leaf.label });
}

function compileLeaf(leaf: LeafMatcher): NodeMatcher {
  return {
    test: (t) => t.fields.some(leaf.has),
    collect: (t, out) => {
      for (const field of t.fields) {
        const found = leaf.find(field, true);
        for (let k = 0; k < found.length; k += 2) record(leaf, field, found[k] ?? 0, found[k + 1] ?? 0, out);
      }
    },
  };
}

/** Pairs of occurrences, one per side, in the same field with at most `distance` words between them. */
function compileNear(node: NearNode): NodeMatcher {
  const left = node.left.map(termMatcher);
  const right = node.right.map(termMatcher);
  const occurrences = (side: LeafMatcher[], field: PreparedField) =>
    side.flatMap((leaf) => {
      const found = leaf.find(field, true);
      const out: Array<{ leaf: LeafMatcher; first: number; last: number }> = [];
      for (let k = 0; k < found.length; k += 2) out.push({ leaf, first: found[k] ?? 0, last: found[k + 1] ?? 0 });
      return out;
    });
  const visit = (t: PreparedMatchTarget, out: Highlights | undefined): boolean => {
    let hit = false;
    for (const field of t.fields) {
      const ls = occurrences(left, field);
      if (ls.length === 0) continue;
      for (const r of occurrences(right, field)) {
        for (const l of ls) {
          const gap = l.last < r.first ? r.first - l.last - 1 : r.last < l.first ? l.first - r.last - 1 : -1;
          if (gap < 0 || gap > node.distance) continue;
          if (!out) return true;
          hit = true;
          record(l.leaf, field, l.first, l.last, out);
          record(r.leaf, field, r.first, r.last, out);
        }
      }
    }
    return hit;
  };
  return { test: (t) => visit(t, undefined), collect: (t, out) => void visit(t, out) };
}

function compileNode(node: BrandQuery): NodeMatcher {
  switch (node.kind) {
    case 'term':
      return compileLeaf(termMatcher(node));
    case 'hashtag':
      return compileLeaf(hashtagMatcher(node));
    case 'near':
      return compileNear(node);
    case 'handle': {
      // "@marta" also matches Mastodon's "marta@any.instance"; "@marta@mastodon.social" only that one.
      const local = node.handle.includes('@') ? undefined : `${node.handle}@`;
      const test = (t: PreparedMatchTarget) => t.handle === node.handle || (local !== undefined && t.handle?.startsWith(local) === true);
      return { test, collect: (t, out) => void (test(t) && out.terms.add(`@${node.handle}`)) };
    }
    case 'filter': {
      // Filters narrow the match; they are not terms to highlight. lang:es matches es, es-MX, es-419.
      const test = node.field === 'lang'
        ? (t: PreparedMatchTarget) => t.lang === node.value || t.lang?.startsWith(`${node.value}-`) === true
        : (t: PreparedMatchTarget) => t.platform === node.value;
      return { test, collect: () => undefined };
    }
    case 'not': {
      const child = compileNode(node.child);
      return { test: (t) => !child.test(t), collect: () => undefined };
    }
    case 'and': {
      const children = node.children.map(compileNode);
      return { test: (t) => children.every((c) => c.test(t)), collect: (t, out) => children.forEach((c) => c.collect(t, out)) };
    }
    case 'or': {
      const children = node.children.map(compileNode);
      return {
        test: (t) => children.some((c) => c.test(t)),
        collect: (t, out) => children.forEach((c) => c.test(t) && c.collect(t, out)),
      };
    }
  }
}

const FIELD_ORDER = { title: 0, text: 1 } as const;

function toMatch(root: NodeMatcher, t: PreparedMatchTarget): QueryMatch | null {
  if (!root.test(t)) return null;
  const out: Highlights = { terms: new Set(), spans: [] };
  root.collect(t, out);
  // One span per place: two terms that fold alike ("año*", "añó*") highlight the same words once.
  const seen = new Set<string>();
  const spans = out.spans.filter((s) => {
    const key = `${s.field}:${s.start}:${s.end}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
  spans.sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || a.end - b.end);
  return { terms: [...out.terms], spans };
}

const compiled = new WeakMap<BrandQuery, NodeMatcher>();

/** Matches a parsed query against one mention; null when it does not match. */
export function matchBrandQuery(query: BrandQuery, target: MatchTarget | PreparedMatchTarget): QueryMatch | null {
  let root = compiled.get(query);
  if (!root) {
    root = compileNode(query);
    compiled.set(query, root);
  }
  return toMatch(root, prepareMatchTarget(target));
}

/** Parses once (throws BrandQueryError) and returns a matcher to call per mention. */
export function compileBrandQuery(source: string): (target: MatchTarget | PreparedMatchTarget) => QueryMatch | null {
  const root = compileNode(parseBrandQuery(source));
  return (target) => toMatch(root, prepareMatchTarget(target));
}
