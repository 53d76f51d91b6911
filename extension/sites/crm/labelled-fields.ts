// Fields a CRM page labels for the agent — "Email", "Correo electrónico", "Twitter username", "LinkedIn" —
// read by their visible label, whatever markup or test hooks the product uses this year: the value next to
// the label (a sibling, the `for` input, the cell beside it), as text, an input's value or a link.
import { handleFromUrl, normalizeHandle, type PlatformHandle } from '../../../shared/author-handle.ts';
import { emailsInText, handlesInText, type PersonIdentifiers } from './person-identifiers.ts';

/** A label as compared: lowercase, no accents, no trailing colon or required-field star. */
export const normalizeLabel = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s:*]+$/g, '').replace(/\s+/g, ' ').trim();

/** Labels of an e-mail field, English and Spanish. */
const EMAIL_LABELS = new Set(
  ['email', 'e-mail', 'emails', 'email address', 'e-mail address', 'primary email', 'work email', 'personal email', 'mail', 'correo', 'correo electronico', 'correos electronicos', 'direccion de correo', 'direccion de correo electronico', 'email principal', 'correo principal'],
);

/** Labels of a social profile field, per platform, English and Spanish. */
const HANDLE_LABELS: Record<string, string[]> = {
  // Not a bare "X": an avatar's initial or a close mark says that too.
  x: ['twitter', 'twitter username', 'twitter handle', 'x handle', 'x (twitter)', 'twitter/x', 'usuario de twitter', 'usuario de x', 'perfil de twitter'],
  instagram: ['instagram', 'instagram username', 'usuario de instagram', 'perfil de instagram'],
  tiktok: ['tiktok', 'tiktok username', 'usuario de tiktok'],
  linkedin: ['linkedin', 'linkedin profile', 'linkedin url', 'perfil de linkedin'],
  reddit: ['reddit', 'reddit username', 'reddit profile', 'usuario de reddit', 'perfil de reddit'],
  youtube: ['youtube', 'youtube channel', 'canal de youtube'],
  bluesky: ['bluesky', 'bluesky handle', 'usuario de bluesky'],
  mastodon: ['mastodon', 'mastodon handle', 'usuario de mastodon'],
};
const HANDLE_PLATFORM = new Map(Object.entries(HANDLE_LABELS).flatMap(([platform, labels]) => labels.map((label) => [label, platform] as const)));

const INTERACTIVE = 'a, button, option, select, textarea, input, [role="button"], [role="tab"], [role="menuitem"], [role="link"]';
const CANDIDATES = 'label, dt, th, span, div, p, strong, b, h3, h4, h5, h6, td';
// Page chrome: about the signed-in user or the product, never the record.
const CHROME = 'header, footer, nav, [role="banner"], [role="navigation"], [role="contentinfo"]';

type Field = { kind: 'email' } | { kind: 'handle'; platform: string };

function fieldOf(label: string): Field | undefined {
  const normal = normalizeLabel(label);
  if (normal.length > 40) return undefined;
  if (EMAIL_LABELS.has(normal)) return { kind: 'email' };
  const platform = HANDLE_PLATFORM.get(normal);
  return platform ? { kind: 'handle', platform } : undefined;
}

/** What an element holds for the agent: an input's value, else its text and its links' targets. */
function valueOf(element: Element): { text: string; hrefs: string[] } {
  if (element.matches('input, textarea, select')) return { text: (element as HTMLInputElement).value || element.getAttribute('value') || '', hrefs: [] };
  const input = element.querySelector('input, textarea');
  const text = `${element.textContent ?? ''} ${input ? (input as HTMLInputElement).value || input.getAttribute('value') || '' : ''}`;
  const hrefs = [...element.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  if (element.matches('a[href]')) hrefs.push(element.getAttribute('href') ?? '');
  return { text: text.slice(0, 500), hrefs };
}

/** The element holding a label's value: its `for` input, an input inside it, else the next thing after it. */
function valueElementOf(label: Element): Element | undefined {
  const forId = label.getAttribute('for');
  const target = forId ? label.ownerDocument.getElementById(forId) : null;
  if (target) return target;
  const inside = label.querySelector('input, textarea, select');
  if (inside) return inside;
  for (let el: Element | null = label, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    if (el.nextElementSibling) return el.nextElementSibling;
  }
  return undefined;
}

function readField(field: Field, value: { text: string; hrefs: string[] }, into: Pick<PersonIdentifiers, 'emails' | 'handles'>): void {
  if (field.kind === 'email') {
    const mailtos = value.hrefs.filter((href) => /^mailto:/i.test(href)).map((href) => decodeURIComponent(href.slice(7).split('?')[0] ?? ''));
    into.emails.push(...emailsInText([value.text, ...mailtos].join(' ')));
    return;
  }
  const urls = [...value.hrefs, ...(value.text.match(/https?:\/\/\S+/g) ?? [])];
  const fromUrl = urls.map((url) => handleFromUrl(url)).find((h): h is PlatformHandle => h !== undefined);
  if (fromUrl) return void into.handles.push(fromUrl);
  const written = handlesInText(` ${value.text}`).find((h) => h.platform === field.platform);
  if (written) return void into.handles.push(written);
  const token = value.text.trim().split(/\s+/)[0] ?? '';
  if (field.platform !== 'mastodon' && /^@?[A-Za-z0-9_.-]{2,40}$/.test(token)) into.handles.push({ platform: field.platform, handle: normalizeHandle(token) });
}

/** E-mails and handles from the fields under `root` labelled as such (page chrome left out). */
export function labelledIdentifiers(root: ParentNode & Node): Pick<PersonIdentifiers, 'emails' | 'handles'> {
  const found: Pick<PersonIdentifiers, 'emails' | 'handles'> = { emails: [], handles: [] };
  // Inputs that carry their own label ("aria-label", a placeholder standing in for one).
  for (const input of root.querySelectorAll('input[aria-label], textarea[aria-label]')) {
    const field = fieldOf(input.getAttribute('aria-label') ?? '');
    if (field && !input.closest(CHROME)) readField(field, valueOf(input), found);
  }
  for (const label of root.querySelectorAll(CANDIDATES)) {
    if (label.children.length > 2 || label.matches(INTERACTIVE) || label.closest(INTERACTIVE) || label.closest(CHROME)) continue;
    const field = fieldOf(label.textContent ?? '');
    if (!field) continue;
    const valueElement = valueElementOf(label);
    if (valueElement && !valueElement.contains(label)) readField(field, valueOf(valueElement), found);
  }
  return {
    emails: [...new Set(found.emails)],
    handles: found.handles.filter((h, i) => found.handles.findIndex((o) => o.platform === h.platform && o.handle === h.handle) === i),
  };
}
