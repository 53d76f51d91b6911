// Reads schema.org items written in RDFa Lite (vocab, typeof, property, resource, prefix) from HTML.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { addValue, collapseSpace, newNode, resolveUrl, type SchemaNode, type SchemaReading } from './schema-node.ts';

const SCHEMA_VOCAB = /^https?:\/\/(?:www\.)?schema\.org\/?$/i;
const IRI_VALUED = new Set(['a', 'area', 'link', 'img', 'audio', 'video', 'source', 'iframe', 'embed']);

interface Scope {
  subject?: SchemaNode;
  vocab?: string;
  prefixes: Map<string, string>;
}

/** Every RDFa item on the page; terms outside schema.org keep their full IRI so they never match. */
export function readRdfa($: CheerioAPI, baseUrl?: string): SchemaReading {
  const nodes: SchemaNode[] = [];
  // An explicit stack instead of recursion: a hostile page can nest elements thousands deep.
  const pending: { element: Element; scope: Scope }[] = $.root()
    .children()
    .toArray()
    .reverse()
    .map((element) => ({ element, scope: { prefixes: new Map() } }));
  while (pending.length) {
    const { element, scope: outer } = pending.pop()!;
    const attrs = element.attribs;
    const scope: Scope = { ...outer };
    if (attrs.vocab !== undefined) scope.vocab = attrs.vocab.trim();
    if (attrs.prefix !== undefined) scope.prefixes = withPrefixes(outer.prefixes, attrs.prefix);
    const properties = attrs.property === undefined ? [] : terms(attrs.property, scope);
    if (attrs.typeof !== undefined) {
      const node = newNode(terms(attrs.typeof, scope), attrs.resource ?? attrs.about);
      if (attrs.lang) node.lang = attrs.lang;
      if (outer.subject) for (const property of properties) addValue(outer.subject, property, node);
      nodes.push(node);
      scope.subject = node;
    } else if (properties.length && outer.subject) {
      const value = literalOf($, element, baseUrl);
      for (const property of properties) addValue(outer.subject, property, value);
    }
    pending.push(...$(element).children().toArray().reverse().map((child) => ({ element: child, scope })));
  }
  return { nodes, problems: [] };
}

/** Terms as schema.org local names where they are schema.org's, full IRIs otherwise. */
function terms(list: string, scope: Scope): string[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => {
      const colon = term.indexOf(':');
      if (colon > 0 && !term.includes('//')) {
        const base = scope.prefixes.get(term.slice(0, colon));
        if (base) return base + term.slice(colon + 1);
        return term; // "schema:" is in RDFa's initial context and is understood downstream
      }
      if (colon > 0) return term;
      return !scope.vocab || SCHEMA_VOCAB.test(scope.vocab) ? term : scope.vocab + term;
    });
}

function withPrefixes(outer: Map<string, string>, declaration: string): Map<string, string> {
  const prefixes = new Map(outer);
  for (const [, name, iri] of declaration.matchAll(/([\w-]+):\s+(\S+)/g)) prefixes.set(name!, iri!);
  return prefixes;
}

function literalOf($: CheerioAPI, element: Element, baseUrl: string | undefined): string {
  const attrs = element.attribs;
  if (attrs.content !== undefined) return attrs.content.trim();
  if (attrs.resource !== undefined) return resolveUrl(attrs.resource, baseUrl);
  const tag = element.name.toLowerCase();
  if (IRI_VALUED.has(tag)) {
    const iri = attrs.href ?? attrs.src;
    if (iri !== undefined) return resolveUrl(iri, baseUrl);
  }
  if (tag === 'time' && attrs.datetime !== undefined) return attrs.datetime.trim();
  return collapseSpace($(element).text());
}
