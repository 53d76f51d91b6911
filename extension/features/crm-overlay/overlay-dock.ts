// The overlay docks to the right edge and makes room for itself: the page's root gets a right margin the
// panel's width while it is open, so the CRM's own content reflows beside it instead of under it. Folded,
// it is a small tab and the margin goes. Whether it is folded is remembered across pages and restarts.
import { storage } from '#imports';

/** Folded or not, for every CRM page (one preference, not one per site). */
export const overlayCollapsedItem = storage.defineItem<boolean>('local:overlayCollapsed', { fallback: false });

/** The docked panel's width in CSS pixels (overlay.css uses the same). */
export const DOCK_WIDTH_PX = 360;

const MARKER = 'data-vigia-docked';

/** Makes room for the open panel on `doc`'s root, or gives it back (folded, or no panel on this page). */
export function applyDock(doc: Document, open: boolean): void {
  const root = doc.documentElement;
  if (open) {
    // Remember the page's own margin once, to give it back exactly.
    if (!root.hasAttribute(MARKER)) root.setAttribute(MARKER, root.style.getPropertyValue('margin-right'));
    root.style.setProperty('margin-right', `${DOCK_WIDTH_PX}px`, 'important');
    return;
  }
  if (!root.hasAttribute(MARKER)) return;
  const previous = root.getAttribute(MARKER) ?? '';
  root.removeAttribute(MARKER);
  if (previous) root.style.setProperty('margin-right', previous);
  else root.style.removeProperty('margin-right');
}
