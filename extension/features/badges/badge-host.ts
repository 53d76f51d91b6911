// The badge's place in the page: a `<vigia-badge data-vigia="badge">` host with its own open shadow root,
// so the page's styles do not reach it and its clicks do not reach the page's handlers.
import type { PagePost } from '../../sites/social-site.ts';

/** The host element's marker (a public interface: tests and users find badges by it). */
export const BADGE_HOST_ATTRIBUTE = ['data-vigia', 'badge'] as const;

export interface BadgeHost {
  host: HTMLElement;
  /** Where the badge's view renders. */
  container: HTMLElement;
  remove(): void;
}

export function mountBadgeHost(post: PagePost, css: string): BadgeHost {
  const document = post.anchor.ownerDocument;
  const host = document.createElement('vigia-badge');
  host.setAttribute(...BADGE_HOST_ATTRIBUTE);
  if (post.slot) host.setAttribute('slot', post.slot);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Sites make whole posts clickable (X opens the post): a click on the badge stays with the badge.
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'keydown']) host.addEventListener(type, (event) => event.stopPropagation());
  switch (post.position) {
    case 'afterend':
      post.anchor.after(host);
      break;
    case 'beforeend':
      post.anchor.append(host);
      break;
    case 'afterbegin':
      post.anchor.prepend(host);
      break;
    case 'float':
      host.style.cssText = 'position:fixed;top:12px;right:12px;z-index:2147483646;';
      document.body.append(host);
      break;
  }
  return { host, container, remove: () => host.remove() };
}
