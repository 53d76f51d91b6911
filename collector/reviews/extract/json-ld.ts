// Reads schema.org items from a page's JSON-LD blocks; a broken block is skipped with its reason.
import type { CheerioAPI } from 'cheerio';
import { relaxJson } from './relax-json.ts';
import { addValue, newNode, type SchemaNode, type SchemaReading, type SchemaValue } from './schema-node.ts';

/** Deeper nesting than this is not review data; it is a page trying to exhaust the stack. */
const MAX_DEPTH = 64;

/** Every item of every `application/ld+json` block, with `@id` references resolved across blocks. */
export function readJsonLd($: CheerioAPI): SchemaReading {
  const nodes: SchemaNode[] = [];
  const problems: string[] = [];
  $('script').each((index, element) => {
    const type = ($(element).attr('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) return;
    const text = $(element).text();
    if (!text.trim()) return;
    const parsed = parseBlock(text);
    if ('error' in parsed) {
      problems.push(`json-ld block ${index + 1}: ${parsed.error}`);
      return;
    }
    const reader = new JsonLdReader(nodes);
    reader.read(parsed.value, 0);
    if (reader.tooDeep) problems.push(`json-ld block ${index + 1}: nesting deeper than ${MAX_DEPTH} levels cut off`);
  });
  resolveReferences(nodes);
  return { nodes, problems };
}

function parseBlock(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (strict) {
    try {
      return { value: JSON.parse(relaxJson(text)) };
    } catch {
      return { error: `not valid JSON (${(strict as Error).message})` };
    }
  }
}

class JsonLdReader {
  tooDeep = false;
  constructor(private readonly nodes: SchemaNode[]) {}

  /** Reads a top-level value: an item, an array of items, or a `@graph`. */
  read(value: unknown, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.tooDeep = true;
      return;
    }
    if (Array.isArray(value)) for (const entry of value) this.read(entry, depth + 1);
    else if (isObject(value)) {
      if ('@graph' in value) this.read(value['@graph'], depth + 1);
      if ('@type' in value || !('@graph' in value)) this.toValue(value, depth);
    }
  }

  /** One JSON value as schema values: items become nodes, literals become text. */
  private toValues(value: unknown, depth: number): SchemaValue[] {
    if (depth > MAX_DEPTH) {
      this.tooDeep = true;
      return [];
    }
    if (value === null || value === undefined) return [];
    if (Array.isArray(value)) return value.flatMap((entry) => this.toValues(entry, depth + 1));
    if (!isObject(value)) return [String(value)];
    if ('@value' in value) return value['@value'] == null ? [] : [String(value['@value'])];
    if ('@list' in value) return this.toValues(value['@list'], depth + 1);
    if ('@set' in value) return this.toValues(value['@set'], depth + 1);
    return [this.toValue(value, depth)];
  }

  private toValue(object: Record<string, unknown>, depth: number): SchemaNode {
    const rawTypes = object['@type'];
    const types = (Array.isArray(rawTypes) ? rawTypes : [rawTypes]).filter((t): t is string => typeof t === 'string');
    const id = typeof object['@id'] === 'string' ? object['@id'] : undefined;
    const node = newNode(types, id);
    for (const [key, value] of Object.entries(object)) {
      if (key.startsWith('@')) continue;
      for (const entry of this.toValues(value, depth + 1)) addValue(node, key, entry);
      // A language-tagged text ({"@value": …, "@language": "fr"}) tells the language of the item's own words.
      const language = isObject(value) && typeof value['@language'] === 'string' ? value['@language'] : undefined;
      if (language && !node.lang) node.lang = language;
    }
    this.nodes.push(node);
    return node;
  }
}

/** Replaces `{"@id": …}` stubs with the full item of that id, wherever on the page it was written. */
function resolveReferences(nodes: SchemaNode[]): void {
  const byId = new Map<string, SchemaNode>();
  for (const node of nodes) {
    if (node.id && (node.types.length || node.props.size) && !byId.has(node.id)) byId.set(node.id, node);
  }
  for (const node of nodes) {
    for (const values of node.props.values()) {
      values.forEach((value, i) => {
        if (typeof value === 'string' || !value.id || value.types.length || value.props.size) return;
        const full = byId.get(value.id);
        if (full) values[i] = full;
      });
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
