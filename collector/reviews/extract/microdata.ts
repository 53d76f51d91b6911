// Reads schema.org items written as HTML microdata (itemscope, itemtype, itemprop, itemref, itemid).
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { addValue, collapseSpace, newNode, resolveUrl, type SchemaNode, type SchemaReading } from './schema-node.ts';

const URL_FROM_SRC = new Set(['audio', 'embed', 'iframe', 'img', 'source', 'track', 'video']);
const URL_FROM_HREF = new Set(['a', 'area', 'link']);

/** Every microdata item on the page; stray items outside any top-level item are read too. */
export function readMicrodata($: CheerioAPI, baseUrl?: string): SchemaReading {
  const reader = new MicrodataReader($, baseUrl);
  const scoped = $('[itemscope]').toArray();
  for (const element of scoped) if (element.attribs.itemprop === undefined) reader.readItem(element);
  // Pages often mark a review with itemprop but forget the enclosing item: read those on their own.
  for (const element of scoped) {
    if (!reader.seen.has(element) && $(element).parents('[itemscope]').length === 0) reader.readItem(element);
  }
  return { nodes: reader.nodes, problems: [] };
}

class MicrodataReader {
  readonly nodes: SchemaNode[] = [];
  readonly seen = new Set<Element>();
  private readonly reading = new Set<Element>();

  constructor(
    private readonly $: CheerioAPI,
    private readonly baseUrl: string | undefined,
  ) {}

  readItem(element: Element): SchemaNode {
    this.seen.add(element);
    this.reading.add(element);
    const attrs = element.attribs;
    const node = newNode((attrs.itemtype ?? '').split(/\s+/).filter(Boolean), attrs.itemid?.trim() || undefined);
    if (attrs.lang) node.lang = attrs.lang;
    for (const property of this.propertyElements(element)) {
      const names = (property.attribs.itemprop ?? '').split(/\s+/).filter(Boolean);
      if (property.attribs.itemscope !== undefined) {
        if (this.reading.has(property)) continue; // an itemref cycle: the item is already being read
        const nested = this.readItem(property);
        for (const name of names) addValue(node, name, nested);
      } else {
        const value = this.literalOf(property);
        for (const name of names) addValue(node, name, value);
      }
    }
    this.reading.delete(element);
    this.nodes.push(node);
    return node;
  }

  /** The item's property elements: its descendants and `itemref` targets, not entering nested items. */
  private propertyElements(item: Element): Element[] {
    const found: Element[] = [];
    const visited = new Set<Element>([item]);
    const roots = this.$(item).children().toArray();
    for (const ref of (item.attribs.itemref ?? '').split(/\s+/).filter(Boolean)) {
      const target = this.$(`[id="${ref.replace(/["\\]/g, '')}"]`).first().get(0);
      if (target) roots.push(target);
    }
    const pending = roots.reverse();
    while (pending.length) {
      const element = pending.pop()!;
      if (visited.has(element)) continue;
      visited.add(element);
      if (element.attribs.itemprop !== undefined) found.push(element);
      if (element.attribs.itemscope !== undefined) continue;
      pending.push(...this.$(element).children().toArray().reverse());
    }
    return found;
  }

  private literalOf(element: Element): string {
    const attrs = element.attribs;
    const tag = element.name.toLowerCase();
    if (attrs.content !== undefined) return attrs.content.trim();
    if (URL_FROM_SRC.has(tag) && attrs.src !== undefined) return resolveUrl(attrs.src, this.baseUrl);
    if (URL_FROM_HREF.has(tag) && attrs.href !== undefined) return resolveUrl(attrs.href, this.baseUrl);
    if (tag === 'object' && attrs.data !== undefined) return resolveUrl(attrs.data, this.baseUrl);
    if ((tag === 'data' || tag === 'meter') && attrs.value !== undefined) return attrs.value.trim();
    if (tag === 'time' && attrs.datetime !== undefined) return attrs.datetime.trim();
    return collapseSpace(this.$(element).text());
  }
}
