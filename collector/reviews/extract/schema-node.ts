// One node model for schema.org data read from JSON-LD, microdata and RDFa, so review mapping is written once.

/** A schema.org item: its types and properties, whatever syntax it was written in. */
export interface SchemaNode {
  /** Local type names ("Review", "AggregateRating"); IRIs outside schema.org stay whole so they never match. */
  types: string[];
  /** Property local name → values in document order (text, or nested items). */
  props: Map<string, SchemaValue[]>;
  /** `@id`, `itemid` or RDFa `resource`, when given. */
  id?: string;
  /** Language given on the item's own element (`lang` attribute), never inherited from the page. */
  lang?: string;
}

/** A property value: normalised text, or a nested item. */
export type SchemaValue = string | SchemaNode;

/** Nodes read from one syntax, plus what could not be read and why. */
export interface SchemaReading {
  nodes: SchemaNode[];
  problems: string[];
}

const SCHEMA_IRI = /^https?:\/\/(?:www\.)?schema\.org\/?#?/i;
const SCHEMA_PREFIX = /^schema:/i;

/**
 * The local name of a type or property written as a bare word, `schema:X` or a schema.org IRI. Terms of
 * other vocabularies keep their full form, so `http://example.org/Review` is never taken for a review.
 */
export function schemaLocalName(term: string): string {
  const trimmed = term.trim();
  if (SCHEMA_IRI.test(trimmed)) return trimmed.replace(SCHEMA_IRI, '');
  if (SCHEMA_PREFIX.test(trimmed)) return trimmed.replace(SCHEMA_PREFIX, '');
  return trimmed;
}

/** An empty node of the given types. */
export function newNode(types: string[] = [], id?: string): SchemaNode {
  const node: SchemaNode = { types: types.map(schemaLocalName).filter(Boolean), props: new Map() };
  if (id) node.id = id;
  return node;
}

/** Adds one value under a property, keeping earlier values. */
export function addValue(node: SchemaNode, prop: string, value: SchemaValue): void {
  const name = schemaLocalName(prop);
  if (!name) return;
  const values = node.props.get(name);
  if (values) values.push(value);
  else node.props.set(name, [value]);
}

/** Collapses runs of white space and trims: markup line breaks are not part of the text. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first text value of the first of `props` that has one. */
export function textOf(node: SchemaNode, ...props: string[]): string | undefined {
  for (const prop of props) {
    for (const value of node.props.get(prop) ?? []) {
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
  }
  return undefined;
}

/** The first nested node of the first of `props` that has one. */
export function nodeOf(node: SchemaNode, ...props: string[]): SchemaNode | undefined {
  for (const prop of props) {
    for (const value of node.props.get(prop) ?? []) if (typeof value !== 'string') return value;
  }
  return undefined;
}

/** The first value, text or node, of the first of `props` that has one. */
export function valueOf(node: SchemaNode, ...props: string[]): SchemaValue | undefined {
  for (const prop of props) {
    const first = node.props.get(prop)?.[0];
    if (first !== undefined) return first;
  }
  return undefined;
}

/** Resolves `href` against `base`; the input unchanged when either is not a usable URL. */
export function resolveUrl(href: string, base: string | undefined): string {
  const trimmed = href.trim();
  if (!base) return trimmed;
  try {
    return new URL(trimmed, base).toString();
  } catch {
    return trimmed;
  }
}
