// DOM helpers for CRM recipes: find the part of the page about the customer and read fields from it,
// including inside open shadow roots (Lightning and other web-component apps render fields there).
import type { CrmId, CrmSystem } from '../../../shared/customer/customer.ts';
import { labelledIdentifiers } from './labelled-fields.ts';
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

/** Test-hook attributes products mark their UI with, old and new (HubSpot moved from one to the other). */
const TEST_ID_ATTRIBUTES = ['data-selenium-test', 'data-test-id', 'data-testid', 'data-test', 'data-qa'];

/** A selector for elements whose test hook is one of `ids`, in any of the attribute dialects. */
export const testIds = (...ids: string[]): string => ids.flatMap((id) => TEST_ID_ATTRIBUTES.map((attribute) => `[${attribute}="${id}"]`)).join(', ');

/** A selector for elements whose test hook starts with `prefix`, in any dialect. */
export const testIdsStartingWith = (prefix: string): string => TEST_ID_ATTRIBUTES.map((attribute) => `[${attribute}^="${prefix}"]`).join(', ');

/** Where each signal looks on a record page, and what the recipe read itself. */
export interface PersonSignals {
  /** Parts about the person found by the product's hooks (text, links and mailto: in them count). */
  parts: ReadonlyArray<Root | undefined>;
  /** The part of the page about the record, where labelled fields are read ("Email", "Correo"…). */
  record: Root | undefined;
  /** mailto: links anywhere in `record` count too (a person's own page, not a ticket with its CCs). */
  mailtoInRecord?: boolean;
  /** Identifiers the recipe read itself (input values its hooks name). */
  read?: ReadonlyArray<Pick<PersonIdentifiers, 'emails' | 'handles'>>;
  system?: CrmSystem;
  crmIds?: readonly (string | undefined)[];
  name?: string | undefined;
}

/** At most this many distinct mailto: addresses make one person's links, not a list of people. */
const MAX_RECORD_MAILTOS = 2;

/**
 * The person from several independent signals, so that one changed hook does not lose them: the product's
 * known parts, fields labelled as e-mail or social profile in the record, mailto: links, and the ids the
 * recipe read (from the URL or record links).
 */
export function readPerson(signals: PersonSignals): PersonIdentifiers {
  const person = personFrom(signals.parts, { system: signals.system, crmIds: signals.crmIds, name: signals.name });
  const extra: Pick<PersonIdentifiers, 'emails' | 'handles'>[] = [...(signals.read ?? [])];
  if (signals.record) extra.push(labelledIdentifiers(signals.record));
  if (signals.record && signals.mailtoInRecord) {
    const mailtos = findPersonIdentifiers(mailtoLinksOf(signals.record)).emails;
    if (mailtos.length <= MAX_RECORD_MAILTOS) extra.push({ emails: mailtos, handles: [] });
  }
  for (const found of extra) {
    for (const email of found.emails) if (!person.emails.includes(email)) person.emails.push(email);
    for (const handle of found.handles) if (!person.handles.some((h) => h.platform === handle.platform && h.handle === handle.handle)) person.handles.push(handle);
  }
  return person;
}

/** A detached fragment with only the mailto: links under `root` (page chrome left out). */
function mailtoLinksOf(root: Root): ParentNode & Node {
  const doc = root.ownerDocument ?? (root as Document);
  const holder = doc.createElement('div');
  for (const link of queryAllDeep(root, 'a[href^="mailto:" i]')) if (!link.closest('header, footer, nav, [role="banner"], [role="navigation"]')) holder.append(link.cloneNode(true));
  return holder;
}
