// The brand query syntax tree, its parse error, and a printer that writes a tree back as query text.

/** A word (`acme`, `lumor*`) or a quoted phrase (`"acme corp"`), kept as written. */
export interface TermNode {
  kind: 'term';
  /** The text as written, without quotes; may end in `*` (prefix wildcard on the last word). */
  text: string;
  /** Whether it was written in double quotes. */
  phrase: boolean;
}
/** `#tag`: the hashtag in the title or text. */
export interface HashtagNode {
  kind: 'hashtag';
  /** The tag as written, without "#". */
  tag: string;
}
/** `@handle`: the author's handle (lowercase, without "@"). */
export interface HandleNode {
  kind: 'handle';
  handle: string;
}
/** `lang:es` or `platform:reddit`: a filter on the mention's metadata. */
export interface FilterNode {
  kind: 'filter';
  field: 'lang' | 'platform';
  /** Lowercase value. */
  value: string;
}
/** `a NEAR/n b`: a term of `left` and a term of `right` with at most `distance` words between them. */
export interface NearNode {
  kind: 'near';
  distance: number;
  /** Alternatives on the left side: `(a OR b) NEAR/3 c` has two. */
  left: TermNode[];
  right: TermNode[];
}
export interface AndNode {
  kind: 'and';
  /** Two or more. */
  children: BrandQuery[];
}
export interface OrNode {
  kind: 'or';
  /** Two or more. */
  children: BrandQuery[];
}
/** `NOT q` or `-q`. */
export interface NotNode {
  kind: 'not';
  child: BrandQuery;
}

/** A parsed brand query. */
export type BrandQuery = TermNode | HashtagNode | HandleNode | FilterNode | NearNode | AndNode | OrNode | NotNode;

/** A query that cannot be parsed; `position` is the 0-based index of the offending character. */
export class BrandQueryError extends Error {
  override name = 'BrandQueryError';
  readonly position: number;
  /** The message without the "brand query:" prefix and position, e.g. `unexpected ")"`. */
  readonly reason: string;
  constructor(reason: string, position: number) {
    super(`brand query: ${reason} at ${position}`);
    this.reason = reason;
    this.position = position;
  }
}

/** How a leaf appears in `QueryMatch.terms`: `acme`, `"acme corp"`, `#tag`, `@handle`. */
export function printTerm(node: TermNode | HashtagNode | HandleNode | FilterNode): string {
  switch (node.kind) {
    case 'term':
      return node.phrase ? `"${node.text}"` : node.text;
    case 'hashtag':
      return `#${node.tag}`;
    case 'handle':
      return `@${node.handle}`;
    case 'filter':
      return `${node.field}:${node.value}`;
  }
}

const printNearSide = (side: TermNode[]): string =>
  side.length === 1 && side[0] ? printTerm(side[0]) : `(${side.map(printTerm).join(' OR ')})`;

/** Writes a query back as text that parses to the same tree (OR binds tighter than AND). */
export function printBrandQuery(query: BrandQuery): string {
  switch (query.kind) {
    case 'near':
      return `${printNearSide(query.left)} NEAR/${query.distance} ${printNearSide(query.right)}`;
    case 'and':
      return query.children.map((c) => (c.kind === 'and' ? `(${printBrandQuery(c)})` : printBrandQuery(c))).join(' ');
    case 'or':
      return query.children
        .map((c) => (c.kind === 'and' || c.kind === 'or' ? `(${printBrandQuery(c)})` : printBrandQuery(c)))
        .join(' OR ');
    case 'not': {
      const c = query.child;
      const atom = c.kind === 'term' || c.kind === 'hashtag' || c.kind === 'handle' || c.kind === 'filter';
      return atom ? `-${printTerm(c)}` : `-(${printBrandQuery(c)})`;
    }
    default:
      return printTerm(query);
  }
}
