// Mounts the overlay for the CRM recipe that matches the page, and follows SPA navigation to whoever
// the page shows next; the overlay asks the background again whenever synced data or settings change.
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { effect, signal } from '@preact/signals';
import { h, render } from 'preact';
import { settingsItem } from '../../settings/settings.ts';
import { recipeForPage } from '../../sites/crm/registry.ts';
import { mentionsChangedItem } from '../../sync/mentions-changed.ts';
import { watchUiLanguage } from '../../ui/ui-language.ts';
import { journeysChangedItem } from './journeys-changed.ts';
import { applyDock } from './overlay-dock.ts';
import { createOverlayModel } from './overlay-model.ts';
import { OverlayPanel } from './overlay-panel.tsx';
import { watchPage, type PageReading } from './page-watch.ts';

/** Events that stop at the panel's edge instead of bubbling into the page. */
const PANEL_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout'];

/** The host element's marker (a public interface: tests and users find the overlay by it). */
export const OVERLAY_HOST_ATTRIBUTE = ['data-vigia', 'overlay'] as const;

/** Reads the page with the recipe that applies to it. */
export function readPage(url: string): PageReading {
  const site = recipeForPage(url);
  return { site, person: site ? site.findPerson(document, url) : { emails: [], handles: [] } };
}

/** `css`: the overlay's style sheet text, put inside its shadow root (no request, nothing on the page). */
export function startCrmOverlay(ctx: ContentScriptContext, css: string): void {
  const { language, dispose: disposeLanguage } = watchUiLanguage();
  const model = createOverlayModel(language);
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let shown = false;

  const createUi = () =>
    createShadowRootUi(ctx, {
      name: 'vigia-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      // Closed: the page's scripts get `host.shadowRoot === null`, so the customer's data on the panel stays
      // out of their reach (issue 9: the overlay exposes nothing to the page).
      mode: 'closed',
      // Keys typed and clicks made in the panel stay in it: the CRM's shortcuts and listeners never see them.
      isolateEvents: PANEL_EVENTS,
      onMount: (container, _shadow, host) => {
        host.setAttribute(...OVERLAY_HOST_ATTRIBUTE);
        render(h(OverlayPanel, { model }), container);
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });

  /** Shows the panel for the page's person, or takes it away on pages no recipe knows (SPA navigation). */
  async function show(reading: PageReading): Promise<void> {
    const wanted = reading.site !== undefined;
    if (reading.site) void model.showPerson(reading.person, { name: reading.site.name, ...(reading.site.system ? { system: reading.site.system } : {}) });
    if (!wanted && !ui) return;
    const created = await (ui ??= createUi());
    if (ctx.isInvalid || wanted === shown) return;
    shown = wanted;
    shownSignal.value = wanted;
    if (wanted) created.mount();
    else created.remove();
  }
  // The page makes room for the open panel, and gets its width back when folded or gone.
  const shownSignal = signal(false);
  ctx.onInvalidated(effect(() => applyDock(document, shownSignal.value && !model.collapsed.value)));
  ctx.onInvalidated(() => applyDock(document, false));

  ctx.onInvalidated(disposeLanguage);
  ctx.onInvalidated(mentionsChangedItem.watch(() => void model.refresh()));
  ctx.onInvalidated(journeysChangedItem.watch(() => void model.refresh()));
  ctx.onInvalidated(settingsItem.watch(() => void model.refresh()));
  ctx.setInterval(() => (model.now.value = Date.now()), 30_000);
  watchPage(ctx, readPage, (reading) => void show(reading));
}
