// Mounts the overlay for the CRM recipe that matches the page, and remounts it on SPA navigation.
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { h, render } from 'preact';
import { crmSiteFor } from '../../sites/registry.ts';
import { mentionsChangedItem } from '../../sync/mentions-changed.ts';
import { watchUiLanguage } from '../../ui/ui-language.ts';
import { createOverlayModel } from './overlay-model.ts';
import { OverlayPanel } from './overlay-panel.tsx';

/** The host element's marker (a public interface: tests and users find the overlay by it). */
export const OVERLAY_HOST_ATTRIBUTE = ['data-vigia', 'overlay'] as const;

export function startCrmOverlay(ctx: ContentScriptContext): void {
  const { language, dispose: disposeLanguage } = watchUiLanguage();
  const model = createOverlayModel(language);
  let ui: ShadowRootContentScriptUi<void> | undefined;

  async function showFor(url: string): Promise<void> {
    const site = crmSiteFor(url);
    if (!site) {
      ui?.remove();
      ui = undefined;
      return;
    }
    const lookup = model.showPerson(site.findPerson(document));
    if (!ui) {
      ui = await createShadowRootUi(ctx, {
        name: 'vigia-overlay',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount: (container, _shadow, host) => {
          host.setAttribute(...OVERLAY_HOST_ATTRIBUTE);
          render(h(OverlayPanel, { model }), container);
        },
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
      if (ctx.isInvalid) return;
      ui.mount();
    }
    await lookup;
  }

  ctx.onInvalidated(disposeLanguage);
  ctx.onInvalidated(mentionsChangedItem.watch(() => void model.refresh()));
  ctx.setInterval(() => (model.now.value = Date.now()), 30_000);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void showFor(newUrl.href));
  void showFor(location.href);
}
