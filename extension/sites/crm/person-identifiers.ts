// Finding a customer's identifiers (e-mails, social handles) in a page's DOM: pure helpers for recipes.
import { handleFromUrl, normalizeHandle, type PlatformHandle } from '../../../shared/author-handle.ts';
import type { CrmId } from '../../../shared/customer/customer.ts';

/** Who the page is about, as far as its DOM says. */
export interface PersonIdentifiers {
  /** Lowercased e-mail addresses. */
  emails: string[];
  /** Normalised handles per platform. */
  handles: PlatformHandle[];
  /** The person's ids in the CRM the page belongs to (a contact id, a requester id), when the page shows them. */
  crmIds?: CrmId[];
  /** The name the page shows: used to suggest public authors, never to identify anyone. */
  name?: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// "@user@instance.tld" (fediverse); the leading "@" tells it from an e-mail address.
const FEDIVERSE = /(?:^|[\s(,;])@([A-Za-z0-9_]{1,30})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
// "u/user" as Reddit writes it.
const REDDIT = /(?:^|[\s(,;])\/?u\/([A-Za-z0-9_-]{3,20})\b/g;

/** E-mail addresses in a text (lowercased), without the fediverse handles that look like them. */
export function emailsInText(text: string): string[] {
  const handles = new Set(handlesInText(text).map((h) => h.handle));
  return [...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase()).filter((email) => !handles.has(email));
}

/** Handles written as text: "@user@instance" (Mastodon) and "u/user" (Reddit). */
export function handlesInText(text: string): PlatformHandle[] {
  const found: PlatformHandle[] = [];
  for (const m of text.matchAll(FEDIVERSE)) found.push({ platform: 'mastodon', handle: normalizeHandle(`${m[1]}@${m[2]}`) });
  for (const m of text.matchAll(REDDIT)) found.push({ platform: 'reddit', handle: normalizeHandle(m[1] ?? '') });
  return found;
}

/** The visible text of a subtree, one text node per line (script and style skipped). */
export function visibleTextOf(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    if (node.textContent) parts.push(node.textContent);
  }
  return parts.join('\n');
}

/** Identifiers from links (mailto:, profile URLs) and text inside `root`, deduplicated, in page order. */
export function findPersonIdentifiers(root: ParentNode & Node): PersonIdentifiers {
  const emails: string[] = [];
  const handles: PlatformHandle[] = [];
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (/^mailto:/i.test(href)) {
      emails.push(...emailsInText(decodeURIComponent(href.slice('mailto:'.length).split('?')[0] ?? '')));
      continue;
    }
    const handle = handleFromUrl(link.href || href);
    if (handle) handles.push(handle);
  }
  const text = visibleTextOf(root);
  emails.push(...emailsInText(text));
  handles.push(...handlesInText(text));
  return { emails: unique(emails, (e) => e), handles: unique(handles, (h) => `${h.platform}:${h.handle}`) };
}

function unique<T>(values: T[], keyOf: (value: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const value of values) if (!seen.has(keyOf(value))) seen.set(keyOf(value), value);
  return [...seen.values()];
}
