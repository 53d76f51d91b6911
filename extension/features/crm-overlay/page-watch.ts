// Follows single-page CRMs: the person on the page is read again after every navigation
// (wxt:locationchange) and after the DOM settles (mutations, debounced), and reported only when it changed.
import type { ContentScriptContext } from '#imports';
import type { CrmSite } from '../../sites/crm/crm-site.ts';
import type { PersonIdentifiers } from '../../sites/crm/person-identifiers.ts';

/** What the page shows: the recipe that applies (if any) and the person it reads. */
export interface PageReading {
  site: CrmSite | undefined;
  person: PersonIdentifiers;
}

/** A stable key of a reading, to tell "same person" from "someone else". */
export const readingKey = (reading: PageReading): string => JSON.stringify([reading.site?.id ?? null, reading.person]);

/** @default { settleMs: 250 } */
export interface PageWatchOptions {
  /** Quiet time after DOM mutations before the page is read again. */
  settleMs?: number;
}

/** Reads the page now and whenever it may show someone else; calls `onChange` with each new reading. */
export function watchPage(ctx: ContentScriptContext, read: (url: string) => PageReading, onChange: (reading: PageReading) => void, options: PageWatchOptions = {}): void {
  const { settleMs = 250 } = options;
  let last = '';
  let timer: number | undefined;
  const check = (): void => {
    timer = undefined;
    const reading = read(location.href);
    const key = readingKey(reading);
    if (key === last) return;
    last = key;
    onChange(reading);
  };
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(check, settleMs);
  };
  ctx.addEventListener(window, 'wxt:locationchange', check);
  const observer = new MutationObserver(later);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'href', 'style', 'class', 'hidden'] });
  ctx.onInvalidated(() => observer.disconnect());
  check();
}
