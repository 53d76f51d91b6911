// The overlay docks to the right edge and makes room for itself: the page's root gets a right margin the
// panel's width while it is open, so the CRM's own content reflows beside it instead of under it. Folded,
// it is a small tab and the margin goes. Whether it is folded is remembered across pages and restarts.
import { storage } from '#imports';

/** Folded or not, for every CRM page (one preference, not one per site). */
export const overlayCollapsedItem = storage.defineItem<boolean>('local:overlayCollapsed', { fallback: false });

/** The docked panel's width in CSS pixels (overlay.css uses the same). */
export const DOCK_WIDTH_PX = 360;

/** The page's own right margin before the dock took it, per document (kept here, not on the page). */
const pageMargins = new WeakMap<Document, string>();

/** Makes room for the open panel on `doc`'s root, or gives it back (folded, or no panel on this page). */
export function applyDock(doc: Document, open: boolean): void {
  const root = doc.documentElement;
  if (open) {
    // Remember the page's own margin once, to give it back exactly.
    if (!pageMargins.has(doc)) pageMargins.set(doc, root.style.getPropertyValue('margin-right'));
    root.style.setProperty('margin-right', `${DOCK_WIDTH_PX}px`, 'important');
    return;
  }
  if (!pageMargins.has(doc)) return;
  const previous = pageMargins.get(doc) ?? '';
  pageMargins.delete(doc);
  if (previous) root.style.setProperty('margin-right', previous);
  else root.style.removeProperty('margin-right');
}
