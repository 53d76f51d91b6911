// The badge's place in the page: a `<vigia-badge data-vigia="badge">` host with a closed shadow root, so
// the page's styles do not reach it, its clicks do not reach the page's handlers, and the page's scripts
// can read nothing of it but the public contract (`data-vigia`, and `data-sentiment` once known) — not
// the customer, not the collected mention, not the menu that triages it (issue 14).
import type { PagePost } from '../../sites/social/social-site.ts';

/** The host element's marker (a public interface: tests and users find badges by it). */
export const BADGE_HOST_ATTRIBUTE = ['data-vigia', 'badge'] as const;

/** Tag names of what the badges put in the page (the host, and its slot wrapper in web components). */
export const BADGE_TAGS = new Set(['VIGIA-BADGE', 'VIGIA-BADGE-SLOT']);

export interface BadgeHost {
  host: HTMLElement;
  /** Where the badge's view renders (inside the closed root: only the content script holds it). */
  container: HTMLElement;
  /** Whether the badge is still in the page. */
  isConnected(): boolean;
  remove(): void;
}

/** Events that stop at the badge's edge: sites make whole posts clickable (X opens the post). */
const STOPPED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

// A badge with no post element to sit in is pinned to the viewport; said inside the root, not on the host.
const FLOAT_CSS = ':host { position: fixed; top: 12px; right: 12px; z-index: 2147483646; }';

export function mountBadgeHost(post: PagePost, css: string): BadgeHost {
  const document = post.anchor.ownerDocument;
  const host = document.createElement('vigia-badge');
  host.setAttribute(...BADGE_HOST_ATTRIBUTE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = post.position === 'float' ? `${css}\n${FLOAT_CSS}` : css;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of STOPPED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  // A web component that renders only slotted children (Reddit's) gets a wrapper taking the slot, so the
  // host itself carries nothing but the contract's attributes.
  let placed: HTMLElement = host;
  if (post.slot) {
    placed = document.createElement('vigia-badge-slot');
    placed.setAttribute('slot', post.slot);
    placed.append(host);
  }
  switch (post.position) {
    case 'afterend':
      post.anchor.after(placed);
      break;
    case 'beforeend':
      post.anchor.append(placed);
      break;
    case 'afterbegin':
      post.anchor.prepend(placed);
      break;
    case 'float':
      document.body.append(placed);
      break;
  }
  return {
    host,
    container,
    isConnected: () => host.isConnected && (placed === host || host.parentElement === placed),
    remove: () => placed.remove(),
  };
}
