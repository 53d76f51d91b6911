// DOM helpers for CRM recipes: find the part of the page about the customer and read fields from it,
// including inside open shadow roots (Lightning and other web-component apps render fields there).
import type { CrmId, CrmSystem } from '../../shared/customer/customer.ts';
import { findPersonIdentifiers, type PersonIdentifiers } from './person-identifiers.ts';

type Root = ParentNode & Node;

/** Open shadow roots under `root`, depth first (a content script sees open ones only). */
function* shadowRootsUnder(root: Root): Generator<ShadowRoot> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      yield shadow;
      yield* shadowRootsUnder(shadow);
    }
  }
}

/** The first element matching `selector` in the light DOM, else inside open shadow roots. */
export function queryDeep<E extends Element = Element>(root: Root, selector: string): E | undefined {
  const light = root.querySelector<E>(selector);
  if (light) return light;
  for (const shadow of shadowRootsUnder(root)) {
    const found = shadow.querySelector<E>(selector);
    if (found) return found;
  }
  return undefined;
}

/** Every element matching `selector`, light DOM first, then open shadow roots. */
export function queryAllDeep<E extends Element = Element>(root: Root, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  for (const shadow of shadowRootsUnder(root)) found.push(...shadow.querySelectorAll<E>(selector));
  return found;
}

/** Text content with whitespace collapsed; undefined when empty. */
export function textOf(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** The text of the first selector that matches with some text. */
export function firstText(root: Root, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = textOf(queryDeep(root, selector));
    if (text) return text;
  }
  return undefined;
}

/** True when an element or one of its ancestors is hidden by attribute or inline style (no layout needed). */
export function isHiddenByMarkup(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** The first element matching one of the selectors that is not hidden: the active tab of apps that keep several. */
export function visibleMatch(root: Root, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const visible = queryAllDeep(root, selector).find((el) => !isHiddenByMarkup(el));
    if (visible) return visible;
  }
  return undefined;
}

/** Path segments of the page's own links that match `pattern` (first capture group), in page order. */
export function idsFromLinks(root: Root, pattern: RegExp): string[] {
  const ids: string[] = [];
  for (const link of queryAllDeep<HTMLAnchorElement>(root, 'a[href]')) {
    const href = link.getAttribute('href') ?? '';
    let path: string;
    try {
      path = new URL(href, 'https://page.invalid/').pathname;
    } catch {
      continue;
    }
    const id = pattern.exec(path)?.[1];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The person from the parts of the page about them: identifiers from each part (deduplicated, in order),
 * plus the CRM ids and name the recipe read. Parts that are absent are skipped.
 */
export function personFrom(
  parts: ReadonlyArray<Root | undefined>,
  extra: { system?: CrmSystem; crmIds?: readonly (string | undefined)[]; name?: string | undefined },
): PersonIdentifiers {
  const person: PersonIdentifiers = { emails: [], handles: [] };
  for (const part of parts) {
    if (!part) continue;
    const found = findPersonIdentifiers(part);
    for (const email of found.emails) if (!person.emails.includes(email)) person.emails.push(email);
    for (const handle of found.handles) {
      if (!person.handles.some((h) => h.platform === handle.platform && h.handle === handle.handle)) person.handles.push(handle);
    }
  }
  const system = extra.system;
  const crmIds: CrmId[] = [];
  if (system) {
    for (const id of extra.crmIds ?? []) if (id && !crmIds.some((c) => c.id === id)) crmIds.push({ system, id });
  }
  if (crmIds.length > 0) person.crmIds = crmIds;
  if (extra.name) person.name = extra.name;
  return person;
}
